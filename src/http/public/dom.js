// The one DOM helper of the imperative views (chat, source view); newer views are Preact components.

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
