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
[phase.summary]
resumen de la época

# El stepper
[stepper.status]
nnstep · {title} · época {epoch}/{epochs} · paso {step}/{steps} · {phase}
[stepper.printHeading]
══ Época {epoch}/{epochs} · paso {step}/{steps} · {phase} ══
[stepper.keys]
n/→ siguiente · p/← anterior · N/P época siguiente/anterior · ↑/↓ desplazar · g ir a · : órdenes · ? ayuda · q salir
[stepper.help]
Teclas del stepper

  n, →, espacio, Intro   paso siguiente (al final de la época pasa a la siguiente)
  p, ←, retroceso        paso anterior: se puede volver atrás tanto como se quiera
  N, AvPág               el mismo paso en la siguiente época guardada
  P, RePág               el mismo paso en la época guardada anterior
  Inicio, Fin            primer y último paso de la traza
  ↓/j, ↑/k               desplazar el texto del paso si no cabe
  g                      ir a: «500» (época), «500.13» (época y paso) o un nombre («delta_out»)
  :                      línea de órdenes del depurador: romper, continuar, imprimir… («ayuda»)
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
«{command}» no es una orden de nnstep. Órdenes: lesson, record, replay, export, lessons, help.
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
[lesson.notRegularFile]
«{path}» no es un fichero de lección: es una carpeta, una tubería o un dispositivo. Indica un fichero .json.
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
[problem.unknownLayerType]
no hay ningún tipo de capa «{name}»; los que hay: {known}
[problem.unknownLoss]
la pérdida «{name}» no existe; las que hay: {known}
[problem.unknownReduction]
la reducción «{name}» no existe; las que hay: {known} (sum suma los gradientes del lote, como el código de los apuntes; mean los promedia)
[problem.unknownOptimizer]
el optimizador «{name}» no existe; los que hay: {known}
[problem.unknownInitialization]
la inicialización «{name}» no existe; las que hay: {known}
[problem.keyNotForLayerType]
una capa {type} no lleva esta clave; las suyas son: {known}
[problem.keyNotForOptimizer]
el optimizador {type} no lleva esta clave; las suyas son: {known}
[problem.conflict]
no se puede usar junto con «{other}»: quita una de las dos
[problem.fraction]
{value} no vale: debe ser un número mayor o igual que 0 y menor que 1
[problem.openFraction]
{value} no vale: debe ser una fracción mayor que 0 y menor que 1, como 0.2 (el 20 % de los ejemplos)
[problem.negative]
{value} no vale: debe ser un número finito mayor o igual que 0
[problem.imageDimensions]
debe ser una lista de tres números enteros [canales, alto, ancho], como [1, 28, 28], y tiene {count}
[problem.resizeDimensions]
debe ser una lista de dos números enteros [alto, ancho], como [28, 28], y tiene {count}
[problem.tooManyVariants]
hay {count} variantes, y una lección puede tener como mucho {max}: cada variante es un entrenamiento completo
[problem.denseNeedsFlatten]
una capa densa recibe una fila de números por ejemplo, pero aquí le llegan mapas {input}: pon antes una capa {"type": "flatten"}
[problem.needsImage]
una capa {type} trabaja sobre imágenes (mapas canales×alto×ancho), pero recibe una fila de números: da la entrada con «network.image», y no pongas esta capa después de un flatten ni de una capa densa
[problem.kernelTooLarge]
una ventana de {size}×{size} no cabe en los mapas {input} que recibe esta capa: debe ser como mucho tan alta y tan ancha como ellos
[problem.dropoutRate]
{value} no vale: la tasa de dropout es la fracción de salidas que se apagan, de 0 (incluido) a 1 (sin incluir)
[problem.lastLayerNotDense]
la última capa es la de salida y debe ser densa, pero es {type}: termina la red con una capa {"units": …, "activation": …}
[problem.lossNeedsSoftmax]
{loss} necesita una capa de salida softmax (una probabilidad por clase, que suman 1), y la de esta red es {found}: pon "activation": "softmax" en la última capa, o usa otra pérdida ("mse")
[problem.lossNeedsSigmoid]
{loss} necesita una capa de salida sigmoid (una probabilidad entre 0 y 1 por salida), y la de esta red es {found}: pon "activation": "sigmoid" en la última capa, o usa otra pérdida ("mse")
[problem.batchSizeTooLarge]
{size} no vale: un lote no puede tener más ejemplos que los {examples} de entrenamiento (sin «batchSize» se entrena con todos a la vez)
[problem.needsTestData]
la parada temprana vigila la pérdida de los ejemplos de prueba, y esta lección no tiene: añade «data.test» (una fracción, como 0.2) o «data.testX» y «data.testY»
[problem.testSplitEmpty]
de {examples} ejemplos, la fracción {fraction} aparta {test} para la prueba y deja {train} para entrenar: cada parte necesita al menos un ejemplo
[problem.csvNotFound]
no existe el fichero de datos «{file}» (se busca junto a la lección: {resolved})
[problem.csvNotRegularFile]
«{file}» no es un fichero de datos: es una carpeta, una tubería o un dispositivo
[problem.csvUnreadable]
no se puede leer «{file}»: {reason}
[problem.csvTooLarge]
«{file}» mide {size} y un fichero de datos puede medir como mucho {limit}
[problem.csvEmpty]
«{file}» no tiene ninguna fila de números: está vacío o solo tiene la cabecera
[problem.csvNotANumber]
«{file}», línea {line}, columna {column}: «{text}» no es un número
[problem.csvEmptyCell]
«{file}», línea {line}, columna {column}: la celda está vacía
[problem.csvNotFinite]
«{file}», línea {line}, columna {column}: {text} es demasiado grande para representarlo (pasa de 1.8e308)
[problem.csvCellCount]
«{file}», línea {line}: tiene {count} valores, pero la línea {first} tiene {expected}: todas las filas deben medir lo mismo
[problem.csvSemicolon]
«{file}», línea {line}: los valores parecen separados por «;», como los exporta una hoja de cálculo en español; nnstep lee valores separados por comas y con punto decimal (1.5)
[problem.badColumnRange]
«{text}» no es un rango de columnas: escribe "1-64" (de la columna 1 a la 64, contando desde 1) o un número de columna
[problem.columnOutOfRange]
la columna {column} no existe: «{file}» tiene {columns} columnas, contadas desde 1
[problem.labelAmongInputs]
la columna {label} de la etiqueta está entre las de entrada ({inputs}): la red vería la respuesta
[problem.labelNotAClass]
«{file}», línea {line}, columna {column}: la etiqueta {value} no es una clase: con {classes} clases, debe ser un número entero de 0 a {last}
[problem.labelNotAClassOthers]
«{file}», línea {line}, columna {column}: la etiqueta {value} no es una clase: con {classes} clases, debe ser un número entero de 0 a {last} (y {others} filas más tienen etiquetas así)
[problem.imageNotSquare]
para redimensionar, las {inputs} columnas de entrada deben formar una imagen cuadrada (8×8 = 64 columnas), y {inputs} no es un número al cuadrado
[problem.classesMismatch]
hay {classes} clases, pero la capa de salida tiene {outputs} neuronas: hace falta una neurona de salida por clase
[problem.emptyLabel]
está vacía: cada variante necesita un nombre que la distinga en la comparación
[problem.duplicateLabel]
la etiqueta «{label}» ya la tiene la variante {first}: cada variante necesita una etiqueta distinta
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
[rule.columnsOfImage]
X tiene una columna por cada número de la imagen de entrada: canales·alto·ancho de «network.image»
[rule.convolutionWeightShape]
W_l de una convolución mide [canales de su entrada·k·k × filtros]: una columna por filtro
[rule.variantTargets]
la y de una variante sustituye a «data.y», así que tiene su misma forma
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
[trace.notRegularFile]
«{path}» no es un fichero de traza: es una carpeta, una tubería o un dispositivo. Indica el fichero que escribió nnstep record.
[trace.missing]
No existe la traza «{path}». Comprueba la ruta, o créala con: nnstep record xor -o {path}
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
El entrenamiento produjo un valor no finito (NaN o ∞) por primera vez en la época {epoch}, paso {step}: {name}, al calcular {formula}. {hint}
[run.epochOutOfRange]
--epoch {epoch}: el entrenamiento solo tiene {epochs} épocas.
[run.epochNotKept]
La época {epoch} no guardó sus valores en esta traza. Épocas completas: {kept}.
[run.cannotWrite]
No se puede escribir «{path}»: {reason}
[run.recorded]
Traza guardada en {path}: {epochs} épocas, {kept} con todos sus valores y el resto solo con su error. Ábrela con: nnstep replay {path}
[run.earlyStopped]
La parada temprana terminó el entrenamiento tras la época {epoch}: la pérdida de prueba no mejoraba desde la época {best} ({loss}) y la paciencia era de {patience} épocas.
[run.noLessons]
No se encuentra ninguna lección. Carpetas buscadas: {folders}. Indica la carpeta con NNSTEP_LESSONS o pasa la ruta de un fichero.
[run.brokenLesson]
(no se puede cargar: {problem})
[run.unknownHelpTopic]
No hay ayuda sobre «{topic}». Temas: lesson, record, replay, export, lessons, help, stepper, debugger.
[run.unexpected]
Error inesperado: {detail}. Por favor, avisa a quien mantiene nnstep.

# Ayuda
[help.general]
nnstep — recorre el entrenamiento de una red neuronal operación a operación.

Uso:
  nnstep lesson LECCIÓN [--print] [--epoch 1,2,5000] [--epochs N] [--lr η] [--seed N] [--lang es|en]
  nnstep record LECCIÓN [-o traza.jsonl] [--epochs N] [--lr η] [--seed N] [--sample all|default|N] [--no-trace]
  nnstep replay TRAZA.jsonl [--print] [--epoch E] [--lang es|en]
  nnstep export latex|slides|plot LECCIÓN|TRAZA.jsonl [-o FICHERO] [--epoch E] [--lang es|en]
  nnstep lessons
  nnstep help [ORDEN]

Órdenes:
  lesson    entrena una lección y abre el stepper (o imprime los pasos con --print)
  record    entrena una lección y guarda su traza en un fichero JSON Lines
  replay    abre el stepper sobre una traza guardada
  export    exporta una época a LaTeX, a diapositivas Beamer o la curva de error a SVG
  lessons   lista las lecciones disponibles
  help      ayuda de una orden («nnstep help stepper»: las teclas)
            («nnstep help debugger»: las órdenes del depurador)

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
  --sample all|default|N
                    épocas que guardan todos sus valores: todas (all), las 3 primeras, una de
                    cada 500 y la última (default), o las 3 primeras, una de cada N y la última
  --color C         color de la salida del depurador: auto (solo en una terminal y sin NO_COLOR),
                    always o never
  --commands "…"    órdenes del depurador separadas por «;»: las ejecuta, imprime lo que imprimen y
                    termina (nnstep help debugger)
  --commands-file F las mismas órdenes, leídas de un fichero
  --variant V       en una lección con variantes, la que se recorre: su número (1, 2, …) o su nombre
                    («η = 10»); por defecto, la primera. Se entrenan todas, y la comparación sale al
                    final con --print, o con la orden «comparar» del depurador
  --force           entrena aunque se calcule que necesita más memoria que el límite (2 GB)

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
  --sample all|default|N
                    épocas que guardan todos sus valores, en vez de las de la lección: todas (all:
                    cada evento de cada época), las 3 primeras, una de cada 500 y la última
                    (default), o las 3 primeras, una de cada N y la última
  --no-trace        entrena sin grabar nada (para medir tiempos o probar algo deprisa) y dice la
                    pérdida de la última época y cuánto tardó; no admite -o ni --sample
  --lang es|en      idioma de los mensajes
  --variant V       en una lección con variantes, la que se graba: su número (1, 2, …) o su nombre;
                    por defecto, la primera
  --force           graba aunque se calcule que pasa de los límites (traza de 1 GB, memoria de 2 GB)

Una traza grande se abre enseguida con «nnstep replay»: un paso lee sus valores al mostrarse.
[help.replay]
nnstep replay TRAZA.jsonl [--print] [--epoch E] [--lang es|en]

Abre el stepper sobre una traza grabada con «nnstep record», o imprime sus pasos con --print.
Solo se pueden mostrar las épocas que la traza guardó completas. Al abrirla se lee una vez
para saber dónde está cada evento; los valores de un paso se leen al mostrarlo, así que una
traza de un millón de eventos se abre en un segundo y cualquier paso aparece al momento.
--color, --commands y --commands-file, como en «nnstep help lesson».
Con --force abre también una traza que necesitaría más memoria que el límite (2 GB).
[help.lessons]
nnstep lessons

Lista las lecciones que se pueden abrir por su nombre, con una línea sobre lo que enseña cada una.
[help.help]
nnstep help [ORDEN]

Muestra la ayuda general o la de una orden: lesson, record, replay, export, lessons, help, stepper, debugger.
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
  :                 línea de órdenes del depurador («nnstep help debugger»)
  ?                 ayuda                   q, Esc     salir

# Exportar
[export.step]
Paso {step} de {steps}
[export.shapes]
Formas
[export.code]
Código
[export.subtitle]
Época {epoch} de {epochs}, operación a operación
[export.row.network]
Red
[export.row.data]
Datos
[export.row.training]
Entrenamiento
[export.network]
{sizes}, activación {activations}
[export.data]
{examples} ejemplos: X {inputs}, y {targets}
[export.training]
η = {rate}, {epochs} épocas, semilla {seed}
[export.networkTitle]
La red
[export.input]
entrada
[export.layer]
capa {layer}
[export.output]
salida
[export.lossTitle]
La curva de error
[export.lossAxis]
error cuadrático medio (loss)
[export.epochAxis]
época
[export.lossMark]
época {epoch}
[export.groupSteps]
pasos {first} a {last}
[export.written]
Escrito {path}. Compílalo con: pdflatex {path}
[export.writtenPlot]
Escrito {path}: la curva de error de {runs} ejecución(es).
[export.unknownKind]
«{kind}» no es un formato de exportación. Formatos: latex, slides, plot.
[export.optionNotForKind]
La opción {option} no sirve para «nnstep export {kind}».
[export.conflict]
Las opciones {first} y {second} no pueden usarse juntas: elige una.
[export.form.steps]
pasos separados por comas: números, rangos o nombres (por ejemplo 7,13-15 o delta_out,dW1)
[export.form.precision]
un número de decimales entre 0 y 12
[export.stepOutOfRange]
Paso {step}: una época de esta red tiene {steps} pasos (de 1 a {steps}).
[export.unknownName]
Ningún paso de la época se llama «{name}». Nombres: {names}.
[export.noLoss]
«{path}» no registró ninguna pérdida: no hay curva que dibujar.
[help.export]
nnstep export latex|slides|plot LECCIÓN|TRAZA.jsonl [opciones]

Convierte una época del entrenamiento en material de clase:
  latex    un documento LaTeX (amsmath) con cada paso: la fórmula con la notación de los apuntes,
           la misma fórmula con las matrices reales (pmatrix), las formas, el código y la explicación
  slides   una presentación Beamer (tema Madrid): portada, la red en TikZ, un marco por paso con
           el flujo de la red y el paso marcado, y la curva de error (pgfplots)
  plot     la curva de error en SVG, para páginas web y Markdown; con varias lecciones o trazas,
           una curva por ejecución y una leyenda

  -o FICHERO      dónde escribir (por defecto NOMBRE.tex, NOMBRE-slides.tex o NOMBRE-loss.svg);
                  «-o -» escribe en la salida estándar. Un fichero existente solo se reemplaza
                  cuando todo ha ido bien.
  --epoch E       la época que se exporta (por defecto la primera); de una traza, una época guardada
  --precision N   decimales de cada número (por defecto 4)
  --lang es|en    idioma de los textos
 solo latex:
  --step S        solo el paso S (de 1 a 23 en XOR)
  --name NOMBRE   solo el paso que se llama así (delta_out, Error_hidden, dW1…)
  --fragment      solo las ecuaciones (align*), para pegarlas en unos apuntes propios (con amsmath)
 solo slides:
  --steps LISTA   los pasos que se muestran: números, rangos o nombres (7,13-15 o delta_out,dW1)
  --group         un marco por fase (adelante, error, atrás, ajuste) en vez de uno por paso

Con una lección, la entrena ahora; con una traza, usa lo que guardó. Matrices de más de 8×8 se
abrevian con \cdots, \vdots y \ddots, con su forma indicada.

Ejemplos:
  nnstep export latex xor -o xor.tex
  nnstep export slides xor -o xor-slides.tex
  nnstep export plot xor -o loss.svg
  nnstep export latex xor --name delta_out --fragment -o -
Los .tex se compilan con pdflatex (paquetes texlive-latex-recommended y texlive-pictures).

# Depurador
[debugger.words]
next: siguiente, sig, s
prev: anterior, ant, volver
goto: ir a, ir, ve
continue: continuar, seguir, sigue
reverse-continue: retroceder, rc
finish: terminar, acabar, fin
break: romper, parar
watch: vigilar, vigila
info: info, información
delete: borrar, quitar
display: mostrar
undisplay: ocultar
print: imprimir, ver, p
diff: diferencia, dif
heatmap: mapa, calor
where: dónde, donde
list: listar, código, codigo
explain: explicar, explica
compare: comparar
help: ayuda
quit: salir
filter: filtro
channel: canal
example: ejemplo
epoch: época, epoca
shape: forma
changes-sign: cambia de signo, cambia signo, cambio de signo
nan: nan, inf, no finito
breakpoints: puntos, paradas
displays: muestras, mostrar
[debugger.listing]
for epoch in range(epochs):
    # propagación hacia delante: de X a la predicción
    hidden_layer_input = np.dot(X, W1) + b1
    hidden_layer_output = sigmoid(hidden_layer_input)
    output_layer_input = np.dot(hidden_layer_output, W2) + b2
    predicted_output = sigmoid(output_layer_input)

    # el error y la pérdida (la pérdida solo se mide: §2.3)
    error = y - predicted_output
    loss = np.mean(np.square(error))

    # retropropagación: los deltas, de la salida hacia dentro
    d_predicted_output = error * sigmoid_derivative(predicted_output)
    error_hidden_layer = d_predicted_output.dot(W2.T)
    d_hidden_layer = error_hidden_layer * sigmoid_derivative(hidden_layer_output)

    # actualización: cada matriz suma su ajuste, ya multiplicado por η
    W2 += hidden_layer_output.T.dot(d_predicted_output) * learning_rate
    b2 += np.sum(d_predicted_output, axis=0, keepdims=True) * learning_rate
    W1 += X.T.dot(d_hidden_layer) * learning_rate
    b1 += np.sum(d_hidden_layer, axis=0, keepdims=True) * learning_rate
[debugger.listHeading]
El bucle de entrenamiento de los apuntes (src/multicapa.py, §2.1); ▶ marca la línea de este paso:
[debugger.listStart]
(Este paso no calcula nada: son los valores con que empieza cada vuelta del bucle.)
[debugger.listNone]
Esta lección no tiene código en los apuntes: el bucle de src/multicapa.py es el de la red de dos capas.
[debugger.promptHint]
Intro ejecuta (vacía: repite la última) · ↑/↓ historial · Esc cancela · «ayuda» lista las órdenes
[debugger.echo]
(nnstep) {command}
[debugger.location]
→ época {epoch}/{epochs}, paso {step}/{steps} · {phase} · {formula}
[debugger.failed]
«{command}»: {message}
[debugger.unknownCommand]
«{word}» no es una orden. «ayuda» lista las órdenes.
[debugger.missingArgument]
A «{command}» le falta algo. Uso: {usage}
[debugger.unexpected]
«{command}» no espera «{word}» ahí. Uso: {usage}
[debugger.badNumber]
«{text}» no es un número válido aquí. Uso: {usage}
[debugger.badExpression]
«{text}» no es un nombre ni una parte de una matriz: escribe W1, W1[0,:], W1[:,1] o W1[0,1]. Uso: {usage}
[debugger.needsEntry]
«{command}» necesita una sola entrada, como W1[0,1], no «{text}». Uso: {usage}
[debugger.badCondition]
Solo se puede comparar la pérdida (loss < 0.01) o una entrada (A2[0,0] > 0.9), no «{text}».
[debugger.badTarget]
«{text}» no es un destino: escribe una época (500), época y paso (500.13) o un nombre (delta_out).
[debugger.unknownTopic]
No hay ninguna orden «{word}». «ayuda» lista las órdenes.
[debugger.unknownName]
No hay ninguna matriz «{name}». Nombres: {names}.
[debugger.indexOutOfRange]
{symbol} es {shape}: no tiene {part} (los índices empiezan en 0, como en numpy).
[debugger.partRow]
la fila {index}
[debugger.partColumn]
la columna {index}
[debugger.notComputed]
{symbol} aún no se ha calculado: se calcula en el paso {step} de cada época.
[debugger.valueHeading]
{label} {shape} · época {epoch}, paso {step}{note}
[debugger.valueScalar]
{label} = {value} · época {epoch}, paso {step}{note}
[debugger.valueEarlier]
 (de la época guardada anterior: en esta aún no se ha calculado)
[debugger.shape]
{symbol} ({name}): {shape} · época {epoch}, paso {step}
[debugger.kindBreak]
Parada
[debugger.kindWatch]
Vigilancia
[debugger.set]
{kind} {id}: {description}.
[debugger.describeName]
cada paso que calcula {symbol} ({name})
[debugger.describeEpoch]
al empezar la época {epoch}
[debugger.describeLoss]
donde la pérdida pasa a cumplir loss {comparison} {bound}
[debugger.describeEntry]
donde {entry} pasa a cumplir {comparison} {bound}
[debugger.describeNaN]
el primer valor no finito (NaN o ∞)
[debugger.describeSign]
cuando {entry} cambia de signo
[debugger.describeWatch]
cuando {entry} cambia más de {threshold}
[debugger.epochNotKept]
La época {epoch} no se guardó completa: parará al empezar la primera guardada después, la {shown}.
[debugger.epochBeyond]
La época {epoch} no está en la traza (tiene {epochs} épocas).
[debugger.valuesNeedKept]
Ojo: solo {kept} de las {epochs} épocas guardan sus valores, y solo en ellas se puede comprobar; entre dos de ellas, nnstep dirá «entre las épocas guardadas». Para verlas todas: --sample all.
[debugger.infoHeading]
Núm|Tipo|Condición
[debugger.noBreakpoints]
No hay puntos de parada. Pon uno con «romper» o «vigilar» (ayuda romper).
[debugger.deleted]
Borrado el número {id}.
[debugger.deletedAll]
Borrados {count} puntos de parada.
[debugger.noSuchBreakpoint]
No hay ningún punto de parada con el número {id}: «info puntos» los lista.
[debugger.hitName]
{kind} {id}: {symbol} ({name}) en la época {epoch}, paso {step}.
[debugger.hitEpoch]
{kind} {id}: empieza la época {epoch}.
[debugger.hitEpochLater]
{kind} {id}: la época {epoch} no se guardó completa; esta es la primera guardada después, la {shown}.
[debugger.hitLoss]
{kind} {id}: loss {comparison} {bound} se cumple desde la época {epoch} (loss = {loss}){before}.
[debugger.hitLossLater]
{kind} {id}: loss {comparison} {bound} se cumple desde la época {epoch} (loss = {loss}){before}, que no se guardó completa; esta es la siguiente guardada, la {shown} (loss = {shownLoss}).
[debugger.lossBefore]
; en la época {epoch} era {loss}
[debugger.hitNaN]
{kind} {id}: primer valor no finito en la época {epoch}, paso {step}: {entry} = {value}, al calcular {formula}.
[debugger.hitSign]
{kind} {id}: {entry} cambia de signo {when}: {old} → {new}.
[debugger.hitWatch]
{kind} {id}: {entry} cambia {when}: {old} → {new} (cambio {change}).
[debugger.hitEntry]
{kind} {id}: {entry} {comparison} {bound} se cumple {when}: {old} → {new}.
[debugger.hitEntryFirst]
{kind} {id}: {entry} {comparison} {bound} se cumple ya en la época {epoch}, paso {step}: {entry} = {new}.
[debugger.whenStep]
en la época {epoch}, paso {step}
[debugger.whenBetween]
entre las épocas guardadas {from} y {to}
[debugger.samplingHint]
Las épocas intermedias no guardaron sus valores: con --sample all se ve la época exacta.
[debugger.noHitForward]
Ningún punto de parada se cumple de aquí al final de la traza: estás en su último paso.
[debugger.noHitBackward]
Ningún punto de parada se cumple de aquí al principio de la traza: estás en su primer paso.
[debugger.nothingToRun]
No hay puntos de parada donde parar. Pon uno con «romper» o «vigilar» (ayuda romper).
[debugger.allFinite]
Ningún valor es no finito: las {losses} pérdidas y todos los valores de las {kept} épocas guardadas son números finitos.
[debugger.nonFiniteLoss]
La pérdida de la época {epoch} es {value}, pero esa época no guardó sus valores: nnstep lesson … --epoch {epoch} la guarda.
[debugger.endsEarly]
La traza acaba en la época {last} de {epochs}: el entrenamiento se detuvo (o la grabación se cortó) en una época que no guardó sus valores.
[debugger.lossNever]
loss {comparison} {bound} no se cumple en ninguna de las {epochs} épocas: la pérdida va de {first} a {last}, y la menor es {lowest}, en la época {epoch}.
[debugger.displaySet]
Se mostrará en cada parada ({id}: {expression}).
[debugger.displayHeading]
{id}: {text}
[debugger.noDisplays]
No se muestra nada en cada parada. Añade algo con «mostrar delta_hidden».
[debugger.undisplayed]
Ya no se muestra el número {id}.
[debugger.undisplayedAll]
Ya no se muestra nada en cada parada.
[debugger.noSuchDisplay]
No hay nada mostrado con el número {id}: «info muestras» lo lista.
[debugger.heatMapOn]
{symbol} se ve ahora como mapa de calor en «imprimir» y «mostrar».
[debugger.heatMapOff]
{symbol} se ve ahora con números en «imprimir» y «mostrar».
[debugger.heatMapLegend]
escala: {scale}  (de {low} a {high})
[debugger.heatMapBinned]
cada celda es la media de {rows}×{columns} valores
[debugger.diffUpdate]
{symbol} en la época {epoch}: antes de la actualización (paso {before}) → después (paso {after})
[debugger.diffEpochs]
{symbol}, paso {step}: época {from} → época {to}{note}
[debugger.diffGap]
 (las épocas intermedias no se guardaron)
[debugger.diffColumns]
antes|después|cambio
[debugger.diffLegend]
▲ sube · ▼ baja · = no cambia
[debugger.diffNothingBefore]
{symbol} no tiene con qué compararse: esta es la primera época guardada.
[debugger.where]
Época {epoch} de {epochs} (la {index}.ª de las {kept} guardadas), paso {step} de {steps}: {symbol}, {phase}.
[debugger.help.next]
siguiente [N] · siguiente época        (en inglés: next [N] · next epoch; también n, sig, s)
Avanza N pasos (1 si no se dice N); al acabar una época pasa a la siguiente época guardada.
«siguiente época» va a la misma operación de la siguiente época guardada, como la tecla N.
[debugger.help.prev]
anterior [N] · época anterior        (en inglés: prev [N] · prev epoch; también ant, volver, rn)
Retrocede N pasos; «época anterior» va a la misma operación de la época guardada anterior.
[debugger.help.goto]
ir a ÉPOCA[.PASO] · ir a NOMBRE        (en inglés: goto; también ir, g)
Va a una época (ir a 500), a una época y un paso (ir a 500.13) o al paso de esta época que
calcula NOMBRE (ir a delta_out). Si la época no se guardó completa, va a la guardada más cercana.
[debugger.help.continue]
continuar        (en inglés: continue; también seguir, c)
Avanza hasta el siguiente punto de parada o vigilancia que se cumpla (ayuda romper).
[debugger.help.reverse-continue]
retroceder        (en inglés: reverse-continue; también rc)
Como continuar, pero hacia atrás: vuelve a la parada anterior, como la ejecución inversa de rr.
[debugger.help.finish]
terminar        (en inglés: finish; también fin)
Avanza hasta el último paso de la fase actual (propagación, error, retropropagación o
actualización); si ya estás en él, hasta el final de la fase siguiente. Para antes si se cumple
un punto de parada.
[debugger.help.break]
romper NOMBRE | época N | loss < 0.01 | nan | ENTRADA cambia de signo        (en inglés: break; también parar, b)
  romper delta_hidden             en cada paso que calcula δ_hidden (vale también d_hidden_layer)
  romper época 500                al empezar la época 500 (o la primera guardada después)
  romper loss < 0.01              donde la pérdida pasa a cumplir la condición (<, <=, >, >=);
                                  usa la pérdida de todas las épocas, también las no guardadas
  romper A2[0,0] > 0.9            donde una entrada pasa a cumplir la condición
  romper nan                      en el primer valor no finito (NaN o ∞)
  romper W1[0,1] cambia de signo  cuando esa entrada cambia de signo
Los valores solo se pueden comprobar en las épocas guardadas completas: si algo cambia entre dos
de ellas, nnstep lo dice («entre las épocas guardadas 3 y 500»). Para guardarlas todas:
nnstep lesson xor --sample all.
[debugger.help.watch]
vigilar ENTRADA [UMBRAL]        (en inglés: watch; también w)
Para cuando la entrada (vigilar W1[0,1]) cambia más que UMBRAL (0 si no se dice: cualquier cambio)
y muestra el valor anterior → el nuevo.
[debugger.help.info]
info puntos · info muestras        (en inglés: info breakpoints · info display)
Lista los puntos de parada y vigilancias con su número, o lo que «mostrar» enseña en cada parada.
[debugger.help.delete]
borrar [N]        (en inglés: delete [N]; también quitar, d)
Borra el punto de parada o la vigilancia N; sin N, todos.
[debugger.help.display]
mostrar [EXPRESIÓN]        (en inglés: display)
Muestra EXPRESIÓN (como «imprimir») en cada parada, encima del paso. Sin expresión, lista lo mostrado.
[debugger.help.undisplay]
ocultar [N]        (en inglés: undisplay)
Deja de mostrar el número N; sin N, todo.
[debugger.help.print]
imprimir EXPRESIÓN · imprimir forma NOMBRE        (en inglés: print · print shape; también ver, p)
  imprimir delta_hidden     la matriz entera        imprimir W1[0,1]     una entrada
  imprimir W1[0,:]          la fila 0               imprimir W1[:,1]     la columna 1
  imprimir W1[0]            el corte 0 del primer eje: la fila 0 (en un valor con canales, el ejemplo 0)
  imprimir forma W1         solo la forma
Los índices empiezan en 0, como en numpy (-1 es el último). Se imprime el valor que ve el paso
actual, y se dice de qué época y paso viene. Valen los nombres de los apuntes (d_hidden_layer)
y los símbolos (δ_hidden). Una matriz grande se abrevia (o se ve como mapa de calor), pero una
fila o una columna se imprime entera, con todos sus números; los filtros, canales y ejemplos de
una red convolucional, con «filtro», «canal» y «ejemplo».
[debugger.help.diff]
diferencia NOMBRE        (en inglés: diff; también dif)
Un parámetro (W1, b1, …) antes y después de la actualización de esta época; cualquier otra matriz,
en esta época y en la guardada anterior. ▲ sube, ▼ baja (en color, verde y rojo).
[debugger.help.heatmap]
mapa NOMBRE        (en inglés: heatmap)
Alterna entre números y mapa de calor para NOMBRE en «imprimir» y «mostrar». Las matrices de
más de 8 filas o columnas se ven como mapa de calor mientras no se cambie.
[debugger.help.where]
dónde        (en inglés: where, bt)
La posición (época, paso, fase) y el esquema de la red con el paso actual marcado.
[debugger.help.list]
listar        (en inglés: list, l)
El bucle de entrenamiento de los apuntes (src/multicapa.py) con la línea de este paso marcada.
[debugger.help.explain]
explicar        (en inglés: explain)
La explicación completa de este paso, con sus números.
[debugger.help.help]
ayuda [ORDEN]        (en inglés: help; también h, ?)
La lista de órdenes, o la ayuda de una (ayuda romper).
[debugger.help.quit]
salir        (en inglés: quit, q)
Cierra el stepper; en un guion, termina ahí.
[usage.form.color]
auto, always o never
[usage.form.sample]
all, default o un número entero mayor que 0 (las 3 primeras épocas, una de cada N y la última)
[run.commandsUnreadable]
No se pueden leer las órdenes de «{path}»: {reason}
[help.debugger]
El depurador: órdenes del stepper

En el stepper, «:» abre la línea de órdenes; Intro ejecuta, Intro sobre una línea vacía repite
la última orden, ↑/↓ recorren el historial y Esc cancela. Valen los nombres en español y en inglés.

Moverse
  siguiente [N]        next [N]          N pasos adelante (1 si no se dice)
  anterior [N]         prev [N]          N pasos atrás
  siguiente época      next epoch        la misma operación en la siguiente época guardada
  época anterior       prev epoch        la misma operación en la época guardada anterior
  ir a 500.13          goto              a una época, a una época y paso, o a un nombre de esta época
  continuar            continue          hasta el siguiente punto de parada
  retroceder           reverse-continue  hasta el punto de parada anterior (ejecución inversa)
  terminar             finish            hasta el final de la fase actual
Puntos de parada
  romper NOMBRE        break NAME        en cada paso que calcula NOMBRE (romper delta_hidden)
  romper época N       break epoch N     al empezar la época N
  romper loss < 0.01   break loss < 0.01 donde la pérdida pasa a cumplirlo (<, <=, >, >=)
  romper nan           break nan         en el primer valor no finito (NaN o ∞)
  romper W1[0,1] cambia de signo         break W1[0,1] changes sign
  vigilar W1[0,1] [U]  watch             cuando la entrada cambia más de U; muestra antes → después
  info puntos          info breakpoints  lista los puntos de parada y vigilancias
  borrar [N]           delete [N]        borra uno, o todos
Ver
  imprimir EXPR        print EXPR        NOMBRE, NOMBRE[i,:], NOMBRE[:,j], NOMBRE[i,j], NOMBRE[c]
                                         (una fila o una columna se imprime entera)
  imprimir forma NOM   print shape NAME  la forma, con la época y el paso de donde viene
  filtro W1 5          filter W1 5       el filtro 5 de una convolución, entero: C mapas de k×k
  canal A1 0 7         channel A1 0 7    el canal 7 del ejemplo 0 de un valor de 4 dimensiones
  ejemplo A1 0         example A1 0      el ejemplo 0 entero: todos sus canales (o su fila)
  mostrar EXPR         display EXPR      lo muestra en cada parada; ocultar [N] (undisplay) deja de hacerlo
  diferencia NOMBRE    diff NAME         antes y después de la actualización (▲ sube, ▼ baja)
  mapa NOMBRE          heatmap NAME      alterna números y mapa de calor para esa matriz
  dónde                where             el esquema de la red con el paso actual
  listar               list              el código de los apuntes con la línea de este paso
  explicar             explain           la explicación completa del paso
  comparar             compare           las variantes de la lección lado a lado, con su diagnóstico
  ayuda [ORDEN]        help [COMMAND]    esta lista, o la ayuda de una orden
  salir                quit

Los índices empiezan en 0, como en numpy: W1[0,1] es la fila 0, columna 1 (de x₁ a la 2.ª neurona
oculta). Solo las épocas guardadas tienen valores; la pérdida está en todas.

Guiones: las mismas órdenes, separadas por «;», sin abrir el stepper:
  nnstep lesson xor --commands "romper delta_out; continuar; imprimir delta_out"
  nnstep replay xor.jsonl --commands-file demo.txt      (una o más órdenes por línea; # comenta)
Imprime lo que imprimen las órdenes y termina: estado 0 si todas se cumplieron, 1 si alguna falló
(su mensaje va a la salida de errores y las demás se ejecutan igual).

# Valores grandes: mapas de tensores, el lote, filtros, canales y ejemplos
[tensor.channel]
canal {index}
[tensor.channels]
canales {first}–{last}
[tensor.shown]
ejemplo {example} de {examples} · {channels} de {total}, de {height}×{width}{how}
[tensor.shades]
, en tonos {scale} de {low} a {high}
[tensor.binned]
; cada celda es la media de {rows}×{columns} valores
[tensor.more]
Para verlo entero (órdenes del depurador): canal {name} {example} C · ejemplo {name} {example}
[tensor.columns]
columnas {first}–{last} de {count}
[diagram.network]
red
[stepper.statusBatch]
nnstep · {title} · época {epoch}/{epochs} · lote {batch} · paso {step}/{steps} · {phase}
[stepper.printHeadingBatch]
══ Época {epoch}/{epochs} · lote {batch} · paso {step}/{steps} · {phase} ══
[debugger.locationBatch]
→ época {epoch}/{epochs}, lote {batch}, paso {step}/{steps} · {phase} · {formula}
[debugger.filterHeading]
{symbol}, filtro {filter} [{shape}] · época {epoch}, paso {step}{note}
[debugger.channelHeading]
{symbol}, ejemplo {example}, canal {channel} [{shape}] · época {epoch}, paso {step}{note}
[debugger.exampleHeading]
{symbol}, ejemplo {example} [{shape}] · época {epoch}, paso {step}{note}
[debugger.notAFilter]
{symbol} no tiene filtros: no son los pesos de una convolución. Los filtros están en {names}.
[debugger.noConvolution]
{symbol} no tiene filtros: esta red no tiene capas de convolución. Una columna entera se ve con «imprimir {name}[:,N]».
[debugger.notAnImage]
{symbol} es {shape}: no tiene canales (solo los tienen los valores de cuatro dimensiones, [ejemplos×canales×alto×ancho]). Una fila entera se ve con «imprimir {name}[N,:]».
[debugger.partFilter]
el filtro {index}
[debugger.partExample]
el ejemplo {index}
[debugger.partChannel]
el canal {index}
[debugger.help.filter]
filtro NOMBRE F        (en inglés: filter)
El filtro F de los pesos de una convolución (W1, o su ajuste dW1), entero: una columna de W1 es
un tensor C×k×k (canal, fila y columna del núcleo), y se ve como C mapas de k×k, uno por canal
de entrada. Los índices empiezan en 0 (-1 es el último): filtro W1 5.
[debugger.help.channel]
canal NOMBRE E C        (en inglés: channel)
El canal C del ejemplo E de un valor de cuatro dimensiones [ejemplos×canales×alto×ancho] (A1, Z1,
P1, …), entero: un mapa de alto×ancho con todos sus números; si no cabe a lo ancho, en bandas de
columnas. Los índices empiezan en 0: canal A1 0 7.
[debugger.help.example]
ejemplo NOMBRE E        (en inglés: example)
El ejemplo E de un valor, entero: en uno de cuatro dimensiones, todos sus canales, un mapa de
alto×ancho cada uno; en una matriz, su fila E (como imprimir NOMBRE[E,:]): ejemplo A1 0.

# Fiabilidad: límites, interrupciones y valores no finitos
[problem.tooManyLayers]
la red tiene {count} capas, y una lección puede tener como mucho {max}
[lesson.tooLarge]
{path}: el fichero mide {size} y una lección puede medir como mucho {limit}, así que no se lee. Si de verdad es una lección, ábrela con --force.
[run.tooMuchMemory]
Entrenar «{lesson}» necesitaría unos {estimate} de memoria ({epochs} épocas, {kept} guardadas con todos sus valores) y el límite es {limit}. Reduce las épocas (--epochs) o las que se guardan completas («training.sampling» de la lección), o usa --force si el equipo tiene memoria de sobra.
[run.traceTooLarge]
La traza de «{lesson}» ocuparía unos {estimate} ({epochs} épocas, {kept} guardadas con todos sus valores) y el límite es {limit}. Reduce las épocas (--epochs) o las que se guardan completas («training.sampling» de la lección), o usa --force si hay sitio en el disco.
[trace.tooLarge]
La traza «{path}» mide {size}: abrirla necesitaría unos {estimate} de memoria y el límite es {limit}. Usa --force para abrirla igualmente.
[run.interrupted]
Grabación interrumpida ({signal}) después de {epochs} épocas: «{path}» las guarda ({kept} con todos sus valores) y se puede abrir con: nnstep replay {path}
[trace.endsEarly]
Aviso: la traza «{path}» termina en la época {last} de {epochs}: la grabación se interrumpió o el entrenamiento se detuvo antes de acabar.
[training.notKept]
La época {epoch} no guardó sus pasos en la traza. Para verla paso a paso: {command}
[training.hint.affine]
La suma ponderada se salió del rango de los números (±1.8e308): los pesos o los datos son enormes. Si los pesos crecieron al entrenar, la tasa de aprendizaje es demasiado grande: prueba con --lr más pequeño.
[training.hint.error]
El error (y menos la predicción) o su cuadrado se salió del rango de los números (±1.8e308): los valores de y son enormes. Reescala los datos, por ejemplo a valores entre 0 y 1.
[training.hint.backward]
Los deltas se salieron del rango de los números (±1.8e308): los pesos se han hecho enormes. Prueba con una tasa de aprendizaje más pequeña (--lr).
[training.hint.gradient]
El ajuste (η por la suma sobre los ejemplos) se salió del rango de los números (±1.8e308): la tasa de aprendizaje η = {eta} es demasiado grande o los datos son enormes. Prueba con --lr más pequeño.
[training.hint.update]
Los pesos se salieron del rango de los números (±1.8e308) al sumarles su ajuste: crecen sin control porque la tasa de aprendizaje es demasiado grande. Prueba con --lr más pequeño.
[training.hint.general]
Suele deberse a una tasa de aprendizaje demasiado grande (prueba con --lr más pequeño) o a pesos iniciales enormes.

# Saltos en trazas grandes; entrenar sin traza (nnstep record --no-trace)
[trace.changed]
La traza «{path}» cambió mientras nnstep la leía (¿se volvió a grabar encima?). Vuelve a abrirla.
[run.trained]
Entrenadas las {epochs} épocas de «{lesson}» en {time}, sin grabar traza: la pérdida de la última es {loss}.
[run.trainingInterrupted]
Entrenamiento interrumpido ({signal}) después de {epochs} épocas, en {time}; la pérdida de la última fue {loss}. No se grabó ninguna traza.
[training.noTrace]
No se grabó ninguna traza (--no-trace). Para ver la época {epoch} paso a paso: {command}

# Lecciones que comparan ejecuciones: la comparación y los diagnósticos (issue 3)
[comparison.title]
Comparación de variantes · {title}
[comparison.caption]
Cada variante se entrena con sus propios ajustes sobre los mismos datos. La tabla da su pérdida (loss) en algunas épocas, una curva de la época 1 a la última y el diagnóstico; ▸ señala la que se recorre paso a paso.
[comparison.variant]
variante
[comparison.last]
última
[comparison.curve]
curva (▁ = 0, █ = {max})
[comparison.diagnosis]
diagnóstico
[comparison.deltaHeading]
Tamaño ‖δ_l‖ de cada delta en la época 1, desde la capa de salida (a la izquierda) hasta la primera capa oculta (a la derecha):
[comparison.deltaRatio]
salida/primera
[diagnosis.name.diverged]
diverge
[diagnosis.name.learned]
aprende
[diagnosis.name.cycles]
en ciclo
[diagnosis.name.converged]
converge
[diagnosis.name.vanishing]
gradiente desvanecido
[diagnosis.name.oscillating]
oscila
[diagnosis.name.stuck]
atascada
[diagnosis.name.plateau]
meseta
[diagnosis.name.slow]
lenta
[diagnosis.name.unfinished]
sin terminar
[diagnosis.diverged]
El entrenamiento se cortó en la época {epoch} porque un valor se hizo NaN o infinito. Casi siempre la causa es una η demasiado grande para estos datos.
[diagnosis.learned]
Desde la época {epoch} acierta los {count} ejemplos, así que la regla del perceptrón ya no encuentra nada que corregir: {weights} se quedan quietos hasta la época {last}.
[diagnosis.initialWeights]
los pesos y el sesgo iniciales
[diagnosis.epochWeights]
los pesos y el sesgo que dejó la época {epoch}
[diagnosis.cycles]
Al terminar la época {repeat}, pesos y sesgo valen exactamente (bit a bit) lo mismo que al terminar la época {start}, y desde ahí la historia se repite {turn}. La regla del perceptrón sigue tropezando con errores (pérdida media por época dentro del ciclo: {loss}) y no deja nunca de corregir.
[diagnosis.turnOne]
época tras época: lo que corrige dentro de una época lo deshace en esa misma época
[diagnosis.turnMany]
cada {length} épocas
[diagnosis.stillWrong]
Tras la época {last} todavía se equivoca en {mistakes} de los {count} ejemplos.
[diagnosis.notSeparableLine]
Ni más épocas ni otra η lo arreglan: el perceptrón decide con una única recta, y no hay recta que deje {positives} a un lado y {negatives} al otro. Estos puntos no son linealmente separables; hace falta una capa oculta (§2).
[diagnosis.notSeparable]
Ni más épocas ni otra η lo arreglan: el perceptrón decide con un único hiperplano, y ninguno deja los ejemplos que deben dar 1 a un lado y los que deben dar 0 al otro. Los datos no son linealmente separables; hace falta una capa oculta (§2).
[diagnosis.and]
y
[diagnosis.converged]
La pérdida baja de {threshold} por primera vez en la época {epoch} y termina en {final}: la red ha encontrado la solución.
[diagnosis.swings]
No bajó en línea recta: subió en {rises} de las {epochs} épocas, y el mayor salto, en la época {epoch}, la llevó de {from} a {to}.
[diagnosis.vanishing]
La pérdida se queda en {final}. En la época 1 el delta de la capa de salida mide ‖{output}‖ = {outputNorm}, pero el de la primera capa oculta solo ‖{first}‖ = {firstNorm}: {ratio} veces menos. Cada capa que cruza hacia atrás lo multiplica por σ' ≤ 0.25, de modo que a las primeras capas casi no les llega corrección y no aprenden. Con ReLU, cuya derivada vale 1 en las neuronas activas, el delta no se encoge así.
[diagnosis.oscillating]
La pérdida no se asienta: entre las épocas {from} y {to} subió {rises} veces, moviéndose entre {low} y {high}, y acaba en {final}. Con η = {eta} cada ajuste es tan largo que se pasa del fondo y cae más arriba, en la otra ladera. El mayor salto fue en la época {epoch}: de {before} a {after}. Con una η menor bajaría sin rebotar.
[diagnosis.stuck]
La pérdida está clavada en {value} desde la época {since} y todas las salidas quedan entre {low} y {high}: la red contesta 0.5 a cualquier entrada, que con objetivos 0 y 1 cuesta justo 0.25. Es un mínimo local del que estos pesos iniciales no la dejan salir: vuelve a empezar con otra semilla (--seed).
[diagnosis.plateau]
La pérdida no se mueve de {value} desde la época {since}, con salidas entre {low} y {high}: la red se ha parado lejos de la solución, en un mínimo local o con neuronas saturadas. Otra semilla (--seed) u otra η pueden sacarla de ahí.
[diagnosis.slow]
La pérdida baja en cada época, pero muy poco: de {first} a {final} en {epochs} épocas, todavía lejos de {threshold}. Con η = {eta} cada paso es diminuto.
[diagnosis.unfinished]
Todavía no ha terminado: la pérdida ha pasado de {first} a {final} y sigue bajando; dale más épocas (--epochs).
[diagnosis.pace]
Al ritmo de las épocas {from} a {to} ({pace} menos por época), le harían falta unas {needed} épocas más para bajar de {threshold}.
[diagnosis.noPace]
En sus últimas épocas ({from} a {to}) la pérdida ya no baja.
[debugger.help.compare]
comparar        (en inglés: compare)
Las variantes de la lección, una junto a otra: la pérdida de cada una en las épocas 1, 10, 100, 1000 y la
última, una curva y su diagnóstico (converge, oscila, atascada, lenta, en ciclo…) explicado con sus números.
Solo en «nnstep lesson» con una lección que tenga variantes (por ejemplo, tasa-de-aprendizaje).
[debugger.noComparison]
No hay nada que comparar: esta ejecución no viene de una lección con variantes. «comparar» funciona en «nnstep lesson» con lecciones que entrenan varias ejecuciones, como perceptron o tasa-de-aprendizaje.
[run.unknownVariant]
La lección «{lesson}» no tiene ninguna variante «{choice}». Sus variantes son: {variants}. Elige una por su número (--variant 2) o por su nombre (--variant "{example}").
[run.noVariants]
La lección «{lesson}» no tiene variantes, así que --variant no tiene nada que elegir: quítalo.
"""#
}
