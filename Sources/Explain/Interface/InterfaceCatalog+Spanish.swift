extension InterfaceCatalog {
    /// The Spanish interface texts (the default language). Format: see ``InterfaceCatalog``.
    static let spanishText = #"""
# Etiquetas de un paso
[label.shapes]
formas
[label.code]
código
[label.notKept]
(valores no guardados)
[diagram.forward]
adelante
[diagram.backward]
atrás
[diagram.update]
ajuste
[phase.forward]
propagación hacia delante
[phase.error]
cálculo del error
[phase.backward]
retropropagación
[phase.update]
actualización de pesos

# El stepper
[stepper.status]
nnstep · {title} · época {epoch}/{epochs} · paso {step}/{steps} · {phase}
[stepper.printHeading]
══ Época {epoch}/{epochs} · paso {step}/{steps} · {phase} ══
[stepper.keys]
n/→ siguiente · p/← anterior · N/P época siguiente/anterior · ↑/↓ desplazar · g ir a · ? ayuda · q salir
[stepper.help]
Teclas del stepper

  n, →, espacio, Intro   paso siguiente (al final de la época pasa a la siguiente)
  p, ←, retroceso        paso anterior: se puede volver atrás tanto como se quiera
  N, AvPág               el mismo paso en la siguiente época guardada
  P, RePág               el mismo paso en la época guardada anterior
  Inicio, Fin            primer y último paso de la traza
  ↓/j, ↑/k               desplazar el texto del paso si no cabe
  g                      ir a: «500» (época), «500.13» (época y paso) o un nombre («delta_out»)
  ?                      esta ayuda (cualquier tecla vuelve)
  q, Esc                 salir (Ctrl-C también sale y deja la terminal como estaba)

Solo algunas épocas guardan todos sus valores (las primeras, una de cada cierto número y la última);
todas guardan su error (loss). «nnstep help record» explica cómo guardar más.
[stepper.more]
  ↓ hay más texto: pulsa ↓ o j
[stepper.gotoPrompt]
Ir a (época, época.paso o nombre; Intro confirma, Esc cancela): 
[stepper.end]
Es el último paso de la traza.
[stepper.start]
Es el primer paso de la traza.
[stepper.lastEpoch]
No hay una época guardada después de esta.
[stepper.firstEpoch]
No hay una época guardada antes de esta.
[stepper.unknownKey]
Esa tecla no hace nada aquí: pulsa ? para ver las teclas.
[stepper.badGoto]
«{typed}» no es un destino: escribe una época (500), época y paso (500.13) o un nombre (delta_out).
[stepper.unknownName]
Ningún paso de esta época se llama «{name}».
[stepper.epochNotKept]
La época {epoch} no guardó sus valores; se muestra la {shown}, la más cercana. Épocas guardadas: {kept}.
[stepper.tooSmall]
La terminal mide {columns}×{rows}; nnstep necesita al menos {minColumns}×{minRows}. Agrándala o usa --print.
[stepper.noEpochs]
Esta traza no guardó ninguna época completa: no hay pasos que mostrar.

# Errores de uso (estado de salida 2)
[usage.missingCommand]
Falta la orden. Por ejemplo: nnstep lesson xor
[usage.unknownCommand]
«{command}» no es una orden de nnstep. Órdenes: lesson, record, replay, lessons, help.
[usage.missingOperand]
A «nnstep {command}» le falta su argumento. Por ejemplo: {example}
[usage.extraOperand]
«nnstep {command}» recibe un solo argumento; sobra «{operand}».
[usage.unknownOption]
{command} no conoce la opción «{option}».
[usage.missingValue]
La opción {option} necesita un valor.
[usage.invalidValue]
{option} {value}: se esperaba {form}.
[usage.form.language]
un idioma: es o en
[usage.form.positiveInteger]
un número entero mayor que 0 (y no más de 10000000)
[usage.form.epochList]
una o varias épocas separadas por comas, desde 1 (por ejemplo 1,2,5000)
[usage.form.positiveNumber]
un número mayor que 0 (por ejemplo 0.5)
[usage.form.seed]
un número entero entre 0 y 9007199254740992 (2⁵³)
[usage.seeHelp]
Más información: {help}

# Lecciones
[lesson.notFound]
No hay ninguna lección llamada «{name}».
[lesson.fileNotFound]
No existe el fichero de lección «{path}».
[lesson.available]
Lecciones disponibles: {names}. Un fichero propio también vale: nnstep lesson ./mi-red.json
[lesson.unreadable]
No se puede leer «{path}»: {reason}
[lesson.syntax]
{path}:{line}:{column}: el JSON no es válido: se esperaba {expected}{found}.
[lesson.invalid]
{path}: la lección tiene {count} problema(s):
[problem.missing]
falta la clave obligatoria
[problem.wrongType]
se esperaba {expected} y hay {found}
[problem.unknownKey]
clave desconocida
[problem.unknownKeySuggestion]
clave desconocida: ¿quisiste decir «{suggestion}»?
[problem.integerRange]
{value} no vale: debe ser un número entero entre {min} y {max}
[problem.notPositive]
{value} no vale: debe ser un número finito mayor que 0
[problem.notFinite]
el número es demasiado grande para representarlo (pasa de 1.8e308)
[problem.unknownActivation]
la activación «{name}» no existe; las que hay: {known}
[problem.raggedRow]
la fila {row} tiene {count} valores, pero la primera tiene {expected}: todas las filas deben medir lo mismo
[problem.empty]
está vacía
[problem.shape]
tiene forma {found}, pero debe ser {expected}: {rule}
[problem.unknownParameter]
no es un parámetro de esta red; los que tiene son {known}
[rule.columnsOfX]
X tiene una columna por cada entrada de la red («network.inputs»)
[rule.columnsOfY]
y tiene una columna por cada neurona de la capa de salida
[rule.rowsOfXAndY]
X e y tienen una fila por ejemplo, así que deben tener las mismas filas
[rule.weightShape]
W_l mide [neuronas de la capa anterior × neuronas de la capa l], porque la salida de una capa es la entrada de la siguiente
[rule.biasShape]
b_l es una fila [1 × neuronas de la capa l]
[kind.null]
null
[kind.bool]
un valor true/false
[kind.number]
un número
[kind.string]
un texto
[kind.array]
una lista [ … ]
[kind.object]
un objeto { … }
[expect.value]
un valor (número, texto, lista u objeto)
[expect.objectKey]
el nombre de una clave entre comillas
[expect.colon]
«:» después de la clave
[expect.commaOrEndOfObject]
«,» o «}»
[expect.commaOrEndOfArray]
«,» o «]»
[expect.endOfText]
el final del fichero
[expect.stringEnd]
el cierre del texto («"»)
[expect.escape]
una secuencia de escape válida (\" \\ \n \u00e9 …)
[expect.digit]
una cifra
[expect.literal]
true, false o null
[expect.shallowerNesting]
menos niveles de anidamiento (el máximo es 512)
[found.endOfText]
el final del fichero
[found.text]
«{text}»

# Trazas
[trace.unreadable]
No se puede leer la traza «{path}»: {reason}
[trace.empty]
La traza «{path}» está vacía. Créala con: nnstep record xor -o {path}
[trace.missingHeader]
«{path}» no es una traza de nnstep: su primera línea no es la cabecera («"format":"nnstep-trace"»).
[trace.version]
La traza «{path}» tiene la versión {found} del formato y este nnstep lee la {supported}. Vuelve a grabarla con este nnstep.
[trace.malformedSyntax]
{path}, línea {line}: no es JSON válido (columna {column}: se esperaba {expected}). La traza está dañada a partir de ahí.
[trace.malformedField]
{path}, línea {line}: el campo «{field}» falta o no es válido. La traza está dañada a partir de ahí.
[trace.lineTooLong]
{path}, línea {line}: mide {bytes} bytes, más de lo que puede medir una línea de traza.
[trace.truncated]
Aviso: la traza «{path}» se cortó a mitad de la línea {line} (¿se interrumpió la grabación?); se leen los {events} eventos completos anteriores.
[trace.nothingToShow]
La traza «{path}» no guardó ninguna época completa: no hay pasos que mostrar.

# Ejecución
[training.nonFinite]
El entrenamiento produjo un valor no finito (NaN o ∞) por primera vez en la época {epoch}, paso {step}: {name}, al calcular {formula}. Suele deberse a una tasa de aprendizaje demasiado grande (prueba con --lr más pequeño) o a pesos iniciales enormes.
[run.epochOutOfRange]
--epoch {epoch}: el entrenamiento solo tiene {epochs} épocas.
[run.epochNotKept]
La época {epoch} no guardó sus valores en esta traza. Épocas completas: {kept}.
[run.cannotWrite]
No se puede escribir «{path}»: {reason}
[run.recorded]
Traza guardada en {path}: {epochs} épocas, {kept} con todos sus valores y el resto solo con su error. Ábrela con: nnstep replay {path}
[run.noLessons]
No se encuentra ninguna lección. Carpetas buscadas: {folders}. Indica la carpeta con NNSTEP_LESSONS o pasa la ruta de un fichero.
[run.brokenLesson]
(no se puede cargar: {problem})
[run.unknownHelpTopic]
No hay ayuda sobre «{topic}». Temas: lesson, record, replay, lessons, help, stepper.
[run.unexpected]
Error inesperado: {detail}. Por favor, avisa a quien mantiene nnstep.

# Ayuda
[help.general]
nnstep — recorre el entrenamiento de una red neuronal operación a operación.

Uso:
  nnstep lesson LECCIÓN [--print] [--epoch 1,2,5000] [--epochs N] [--lr η] [--seed N] [--lang es|en]
  nnstep record LECCIÓN [-o traza.jsonl] [--epochs N] [--lr η] [--seed N] [--lang es|en]
  nnstep replay TRAZA.jsonl [--print] [--epoch E] [--lang es|en]
  nnstep lessons
  nnstep help [ORDEN]

Órdenes:
  lesson    entrena una lección y abre el stepper (o imprime los pasos con --print)
  record    entrena una lección y guarda su traza en un fichero JSON Lines
  replay    abre el stepper sobre una traza guardada
  lessons   lista las lecciones disponibles
  help      ayuda de una orden («nnstep help stepper»: las teclas)

LECCIÓN es un nombre (xor) o la ruta de un fichero .json. Empieza con: nnstep lesson xor
[help.lesson]
nnstep lesson LECCIÓN [opciones]

Entrena la lección y muestra cada operación: fórmula, formas, valores y explicación.
En una terminal abre el stepper («nnstep help stepper»); si la salida no es una terminal,
o con --print, imprime los pasos de las épocas pedidas y termina.

  --print           imprime en texto en vez de abrir el stepper
  --epoch LISTA     épocas que se imprimen o con las que empieza el stepper (por defecto 1): 1,2,5000
  --epochs N        número de épocas (en vez del de la lección)
  --lr η            tasa de aprendizaje (en vez de la de la lección)
  --seed N          semilla de los pesos iniciales aleatorios
  --lang es|en      idioma de las explicaciones (por defecto es)

LECCIÓN: un nombre se busca como NOMBRE.json en $NNSTEP_LESSONS, en ./Lessons, junto al
ejecutable y en la carpeta Lessons del proyecto; una ruta (con / o .json) se carga tal cual.
[help.record]
nnstep record LECCIÓN [-o FICHERO] [opciones]

Entrena la lección y escribe su traza en FICHERO (por defecto NOMBRE.jsonl), evento a evento,
sin guardarla entera en memoria. Cada época guarda su error (loss); las épocas elegidas por la
lección («training.sampling»: por defecto las 3 primeras, una de cada 500 y la última) guardan
todos sus valores. Si la grabación se interrumpe, la traza se puede leer hasta el último evento completo.

  -o, --output F    fichero de salida
  --epochs N, --lr η, --seed N   como en «nnstep help lesson»
  --lang es|en      idioma de los mensajes
[help.replay]
nnstep replay TRAZA.jsonl [--print] [--epoch E] [--lang es|en]

Abre el stepper sobre una traza grabada con «nnstep record», o imprime sus pasos con --print.
Solo se pueden mostrar las épocas que la traza guardó completas.
[help.lessons]
nnstep lessons

Lista las lecciones que se pueden abrir por su nombre, con una línea sobre lo que enseña cada una.
[help.help]
nnstep help [ORDEN]

Muestra la ayuda general o la de una orden: lesson, record, replay, lessons, help, stepper.
[help.stepper]
El stepper

Arriba: lección, época, paso y fase. Debajo: la fórmula del paso, sus formas ([4×2]·[2×2] + [1×2] → [4×2]),
la línea del código de los apuntes, las matrices que entran y la que sale, la explicación y un esquema
de la red con el paso actual marcado así: ⟦δ_out⟧.

  n, →, espacio     paso siguiente          p, ←       paso anterior
  N, AvPág          misma operación en la siguiente época guardada
  P, RePág          misma operación en la época guardada anterior
  Inicio, Fin       primer / último paso    ↑ ↓        desplazar
  g                 ir a una época (500), a una época y paso (500.13) o a un nombre (delta_out)
  ?                 ayuda                   q, Esc     salir
"""#
}
