#!/usr/bin/python3
"""Writes a tiny BERT-style embedding model (random, seeded weights) in the folder layout transformers.js
loads: config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx and onnx/model_quantized.onnx.

It exists so that the real transformers.js loading path can be tested on machines that reach no model
hub. The vectors mean nothing; only shapes, tokenisation and the pipeline matter.

Usage: /usr/bin/python3 scripts/make-tiny-model.py [output folder]
(needs Debian's python3-onnx and python3-numpy; default output: test/fixtures/tiny-model/utblick-tiny-bert)
"""
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HIDDEN = 32
MAX_POSITIONS = 64
TYPE_VOCAB = 2
SEED = 20240611

SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
LETTERS = list("abcdefghijklmnopqrstuvwxyzåäöéü0123456789")
PUNCTUATION = list(":.,-?!()/")
WORDS = [
    "query", "passage", "vård", "region", "kommun", "patient", "läkare", "sjuk", "hälso", "nära", "god", "och", "i",
    "att", "med", "för", "kontinuitet", "digital", "samverkan", "hem", "central", "plan", "fast", "kontakt", "hur",
    "arbetar", "mobil", "team", "äldre", "boende", "särskilt", "1177",
]
SUFFIXES = ["central", "vård", "en", "er", "na", "erna", "ar", "isering", "sjuk", "plan", "kontakt", "s", "ing", "ning"]


def vocabulary():
    tokens = SPECIAL + LETTERS + PUNCTUATION + ["##" + c for c in LETTERS] + WORDS + ["##" + s for s in SUFFIXES]
    seen = []
    for token in tokens:
        if token not in seen:
            seen.append(token)
    return {token: index for index, token in enumerate(seen)}


def tokenizer_json(vocab):
    special = lambda token: {"id": vocab[token], "content": token, "single_word": False, "lstrip": False,
                             "rstrip": False, "normalized": False, "special": True}
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [special(token) for token in SPECIAL],
        # Swedish letters must survive: lower-case, but do not strip accents.
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": False, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {
                "[CLS]": {"id": "[CLS]", "ids": [vocab["[CLS]"]], "tokens": ["[CLS]"]},
                "[SEP]": {"id": "[SEP]", "ids": [vocab["[SEP]"]], "tokens": ["[SEP]"]},
            },
        },
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": vocab},
    }


def quantize(array):
    """Per-tensor asymmetric uint8, as dynamic quantisation stores weights."""
    low, high = float(array.min()), float(array.max())
    scale = (high - low) / 255.0 or 1.0
    zero_point = int(round(-low / scale))
    quantized = np.clip(np.round(array / scale) + zero_point, 0, 255).astype(np.uint8)
    return quantized, np.array(scale, dtype=np.float32), np.array(zero_point, dtype=np.uint8)


def build_model(vocab_size, quantized):
    rng = np.random.default_rng(SEED)
    weights = {
        "word_embeddings": rng.normal(0, 0.5, (vocab_size, HIDDEN)).astype(np.float32),
        "position_embeddings": rng.normal(0, 0.1, (MAX_POSITIONS, HIDDEN)).astype(np.float32),
        "token_type_embeddings": rng.normal(0, 0.1, (TYPE_VOCAB, HIDDEN)).astype(np.float32),
        "dense_weight": rng.normal(0, 1 / np.sqrt(HIDDEN), (HIDDEN, HIDDEN)).astype(np.float32),
        "dense_bias": rng.normal(0, 0.05, (HIDDEN,)).astype(np.float32),
    }
    nodes, initializers = [], []

    def weight(name):
        array = weights[name]
        if quantized and name in ("word_embeddings", "dense_weight"):
            q, scale, zero = quantize(array)
            initializers.extend([numpy_helper.from_array(q, name + "_quantized"),
                                 numpy_helper.from_array(scale, name + "_scale"),
                                 numpy_helper.from_array(zero, name + "_zero_point")])
            nodes.append(helper.make_node("DequantizeLinear", [name + "_quantized", name + "_scale", name + "_zero_point"], [name]))
        else:
            initializers.append(numpy_helper.from_array(array, name))
        return name

    constants = {
        "zero": np.array(0, dtype=np.int64), "one": np.array(1, dtype=np.int64),
        "last_axis": np.array([-1], dtype=np.int64),
    }
    for name, value in constants.items():
        initializers.append(numpy_helper.from_array(value, name))

    nodes += [
        helper.make_node("Gather", [weight("word_embeddings"), "input_ids"], ["words"], axis=0),
        helper.make_node("Shape", ["input_ids"], ["input_shape"]),
        helper.make_node("Gather", ["input_shape", "one"], ["sequence_length"], axis=0),
        helper.make_node("Range", ["zero", "sequence_length", "one"], ["positions"]),
        helper.make_node("Gather", [weight("position_embeddings"), "positions"], ["position_vectors"], axis=0),
        helper.make_node("Gather", [weight("token_type_embeddings"), "token_type_ids"], ["type_vectors"], axis=0),
        helper.make_node("Add", ["words", "position_vectors"], ["with_positions"]),
        helper.make_node("Add", ["with_positions", "type_vectors"], ["embedded"]),
        helper.make_node("MatMul", ["embedded", weight("dense_weight")], ["projected"]),
        helper.make_node("Add", ["projected", weight("dense_bias")], ["biased"]),
        helper.make_node("Tanh", ["biased"], ["activated"]),
        helper.make_node("Cast", ["attention_mask"], ["mask_float"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["mask_float", "last_axis"], ["mask_expanded"]),
        helper.make_node("Mul", ["activated", "mask_expanded"], ["last_hidden_state"]),
    ]
    dims = ["batch_size", "sequence_length"]
    graph = helper.make_graph(
        nodes, "utblick-tiny-bert",
        [helper.make_tensor_value_info(name, TensorProto.INT64, dims) for name in ("input_ids", "attention_mask", "token_type_ids")],
        [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, dims + [HIDDEN])],
        initializers,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)], producer_name="utblick make-tiny-model")
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "test", "fixtures", "tiny-model", "utblick-tiny-bert")
    os.makedirs(os.path.join(output, "onnx"), exist_ok=True)
    vocab = vocabulary()
    config = {
        "model_type": "bert", "architectures": ["BertModel"], "hidden_size": HIDDEN, "num_hidden_layers": 1,
        "num_attention_heads": 2, "intermediate_size": HIDDEN * 2, "vocab_size": len(vocab),
        "max_position_embeddings": MAX_POSITIONS, "type_vocab_size": TYPE_VOCAB, "pad_token_id": 0,
    }
    tokenizer_config = {
        "tokenizer_class": "BertTokenizer", "do_lower_case": True, "strip_accents": False,
        "model_max_length": MAX_POSITIONS, "cls_token": "[CLS]", "sep_token": "[SEP]", "pad_token": "[PAD]",
        "unk_token": "[UNK]", "mask_token": "[MASK]",
    }
    write_json = lambda name, value: open(os.path.join(output, name), "w", encoding="utf-8").write(
        json.dumps(value, ensure_ascii=False, indent=1) + "\n")
    write_json("config.json", config)
    write_json("tokenizer.json", tokenizer_json(vocab))
    write_json("tokenizer_config.json", tokenizer_config)
    onnx.save(build_model(len(vocab), quantized=False), os.path.join(output, "onnx", "model.onnx"))
    onnx.save(build_model(len(vocab), quantized=True), os.path.join(output, "onnx", "model_quantized.onnx"))
    print(f"wrote {output} (vocabulary {len(vocab)}, hidden {HIDDEN})")


if __name__ == "__main__":
    main()
