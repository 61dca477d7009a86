/**
 * The benchmark's workload: Swedish questions about primary care and the shift to "nära vård", written
 * for the benchmark from general knowledge of the field (not taken from any evaluation set). Varied on
 * purpose: full questions and bare keywords, a region named, a typo, words without å/ä/ö, compounds,
 * abbreviations, and a few the reports likely cannot answer (which exercise the refusal path).
 */
export const benchQueries: readonly string[] = [
  'Hur arbetar regionerna med fast läkarkontakt på vårdcentralerna?',
  'Vilka insatser görs för att öka kontinuiteten för patienter med kroniska sjukdomar?',
  'mobila team för äldre med många diagnoser',
  'Hur används digitala vårdbesök och e-tjänster via 1177?',
  'Vad görs för att minska undvikbar slutenvård och återinläggningar?',
  'region och kommun samverkar när patienten skrivs ut från sjukhus',
  'kompetensförsörjning distriktssköterskor och specialistsjuksköterskor',
  'Hur involveras patienter och närstående i planeringen av sin vård?',
  'fast vårdkontakt och samordnad individuell plan',
  'Vilket förebyggande stöd finns kring levnadsvanor?',
  'tillgänglighet och väntetider på vårdcentralen',
  'Hur organiseras vården i glesbygd med långa avstånd?',
  'Vilken roll har ambulansen när vården flyttar närmare patienten?',
  'psykisk ohälsa hos barn och unga i primärvården',
  'Hur följer man upp omställningen med indikatorer och mätbara resultat?',
  'handlingsplan och gemensamma mål för vården i länet',
  'hemsjukvård och kommunal hälso- och sjukvård',
  'Görs läkemedelsgenomgångar för äldre på särskilda boenden?',
  'informationsöverföring mellan journalsystemen hos region och kommun',
  'Vilken vidareutbildning erbjuds undersköterskor?',
  'Vad gör Region Västerbotten för att utveckla glesbygdsmedicin?',
  'Hur ser samarbetet ut i Dalarna kring hemtjänst och äldreomsorg?',
  'kontinutet lakare vardcentral',
  'digitala vårdmöten och egenmonitorering',
  'Hur tas invånarnas synpunkter tillvara i utvecklingsarbetet?',
  'effektivare resursutnyttjande på hälsocentralen',
  'jämställdhetsperspektivet i omställningen',
  'SIP och fast vårdkontakt för personer med psykisk funktionsnedsättning',
  'Vilken region har kortast väntetid för höftledsoperation?',
  'vaccination mot influensa för personer över 65 år',
];
