extension Catalog {
    /// The Spanish texts, in the format described on ``Catalog``.
    static let spanishText = #"""
# Textos en español de nnstep. Formato: [clave], luego el texto (las líneas se unen con un
# espacio); {nombre} lo rellena el programa; # comenta. Los números usan punto decimal, como
# las matrices.

# --- Piezas ---------------------------------------------------------------------------------
[word.and]
y
[word.none]
ninguno
[word.example]
ejemplo {index}
[word.examples]
ejemplos {list}
[word.neuron]
neurona {index}
[word.position]
fila {row}, columna {column}
[word.hiddenLayer]
la capa oculta (capa {layer} de {layers})
[word.outputLayer]
la capa de salida (capa {layer} de {layers})
[word.sourceColumn]
la columna {index} de {input}

[unsampled]
La época {epoch} no se muestreó: la traza no guardó sus matrices, así que este paso se explica
sin números.

# --- Datos ----------------------------------------------------------------------------------
[inputs.title]
Datos de entrada {result}
[inputs.meaning]
{result} es una matriz {shape}: cada fila es un ejemplo y cada columna una entrada (x₁, x₂…).
Los {examples} ejemplos entran en la red a la vez, y por eso en todos los pasos que siguen las
filas serán siempre los ejemplos.
[inputs.cases]
En orden, los ejemplos son {cases}.

[targets.title]
Salidas esperadas {result}
[targets.meaning]
{result} da la respuesta correcta de cada ejemplo: una matriz {shape}, con una fila por ejemplo y
una columna por neurona de salida. La pasada hacia delante no la usa; solo sirve para medir
cuánto se equivoca la red.
[targets.cases]
Aquí: {cases}.

# --- Parámetros -----------------------------------------------------------------------------
[weights.title]
Pesos {result}
[weights.meaning]
{result} contiene los pesos de {layerName}, una matriz {shape}. La columna j reúne todo lo que
alimenta a la neurona j de esa capa, un peso por cada columna de {input}; la fila i, los pesos
que parten de la columna i de {input}.
[weights.largest]
El de mayor valor absoluto es {value} ({position}): une {source} con la {neuron}.
[bias.title]
Sesgos {result}
[bias.meaning]
{result} guarda un sesgo por neurona de {layerName}, en una sola fila {shape}. Se suma igual en
todos los ejemplos y desplaza el punto en que la neurona se activa, sin pasar por ninguna
entrada.
[bias.values]
Valores: {list}.
[parameter.firstEpoch]
En la época 1 son los valores iniciales: todavía no han recibido ningún ajuste.
[parameter.laterEpoch]
Son los valores con que empieza la época {epoch}, ya corregidos por las épocas anteriores.

# --- Pasada hacia delante -------------------------------------------------------------------
[affine.title]
Suma ponderada {result}
[affine.product]
Al multiplicar {input} por {weights}, cada neurona de {layerName} recibe, para cada ejemplo, la
suma de sus entradas por sus pesos. Las formas encajan así: {productRule}; las filas vienen de
{input} (los ejemplos) y las columnas de {weights} (las neuronas).
[affine.broadcast]
{bias} es una única fila {biasShape}: numpy la suma a cada una de las {examples} filas como si
la copiara una vez por ejemplo (broadcasting), y la regla completa queda {rule}.
[affine.largest]
La suma más alta es {value}, la del {example} en la {neuron}.
[affine.largestExpanded]
La suma más alta es la del {example} en la {neuron}: {expansion}.
[affine.next]
{result} puede valer cualquier número real; el paso siguiente lo pasa por la activación.

[sigmoid.title]
Activación sigmoide {result}
[sigmoid.meaning]
σ(z) = 1 / (1 + e^(−z)) se aplica a cada elemento de {input} por separado, de modo que {result}
conserva la forma {shape}. Todo valor acaba dentro de (0, 1): z = 0 da 0.5, los z negativos
quedan por debajo y los positivos por encima.
[sigmoid.prediction]
Como es la última capa, {result} es la predicción ŷ de la red para cada ejemplo.
[sigmoid.range]
Aquí los valores van de {min} a {max}.
[sigmoid.undecided]
Todas las predicciones, entre {min} y {max}, están a menos de 0.1 de 0.5: por ahora la red
apenas distingue unos casos de otros.
[sigmoid.uniform]
Todas las predicciones son casi iguales, entre {min} y {max}: la red contesta lo mismo a todos
los casos, sin distinguirlos.
[sigmoid.spread]
La predicción más alta es {max} ({maxExample}) y la más baja {min} ({minExample}).
[sigmoid.saturated]
Hay {count} de {total} valores saturados. El más extremo es el del {example} en la {neuron}:
σ = {value}, tan cerca del borde que su pendiente σ' = {slope} es casi nula, y ese ejemplo
apenas podrá corregir los pesos de entrada de esa neurona.
[sigmoid.unsaturated]
Ninguna neurona está saturada (todas entre 0.05 y 0.95): la pendiente σ' = σ·(1 − σ) vale como
mínimo {minSlope}, así que el error podrá volver por aquí.

# --- Error ----------------------------------------------------------------------------------
[residual.title]
Error residual {result} = {target} − {prediction}
[residual.meaning]
A la respuesta esperada {target} se le resta la predicción {prediction}, ejemplo a ejemplo
({rule}). El signo indica hacia dónde corregir: positivo si la predicción se quedó corta y debe
subir, negativo si se pasó y debe bajar.
[residual.worst]
El peor resuelto es el {example}: se esperaba {expected} y la red dio {predicted}, un error de
{value}.
[residual.directions]
Piden subir: {up}. Piden bajar: {down}.

[loss.title]
Pérdida (error cuadrático medio)
[loss.meaning]
La pérdida resume los {count} errores en un solo número: eleva cada uno al cuadrado (el signo
deja de contar y los errores grandes cuentan mucho más) y hace la media. Sirve para vigilar el
entrenamiento; lo que viaja hacia atrás no es este número, sino el {error} de cada ejemplo.
[loss.value]
En la época {epoch} vale {value}.
[loss.nearBaseline]
Es casi exactamente 0.25, lo que costaría contestar 0.5 a todo (cada error valdría ±0.5): la red
todavía no ha aprendido nada útil. Si se quedara ahí muchas épocas, estaría atascada.
[loss.aboveBaseline]
Está por encima de 0.25, lo que costaría contestar siempre 0.5: de momento la red lo hace peor
que no decidirse.
[loss.belowBaseline]
Ya está por debajo de 0.25, lo que costaría contestar siempre 0.5: la red distingue algo entre
los casos.
[loss.decreased]
Ha bajado {change} desde la anterior pérdida registrada ({previous}).
[loss.increased]
Ha subido {change} desde la anterior pérdida registrada ({previous}); si esto se repite, η =
{eta} puede ser demasiado grande.
[loss.flat]
Casi no cambia respecto a la anterior pérdida registrada ({previous}): la curva está plana en
este tramo.

# --- Propagación hacia atrás ----------------------------------------------------------------
[outputDelta.title]
Delta de salida {result}
[outputDelta.meaning]
{result} multiplica cada error por la pendiente de la sigmoide en ese mismo ejemplo,
σ'({sum}) = {activation} ⊙ (1 − {activation}). Es un producto elemento a elemento, así que sale
una columna {shape}, una fila por ejemplo. Esa pendiente nunca pasa de 0.25 (el valor que toma
cuando σ = 0.5), de modo que {result} es como mucho la cuarta parte del error.
[outputDelta.largest]
El mayor en valor absoluto es el del {example}: error {errorValue} × pendiente {slope} = {value}.
[outputDelta.largestIsWorst]
Coincide con el ejemplo de mayor error: aquí es el tamaño del error el que decide.
[outputDelta.largestIsNotWorst]
El {example} tiene más error ({errorValue}), pero su pendiente es solo {slope}: la pendiente pesa
tanto como el error.
[outputDelta.saturated]
En el {example} la salida está saturada (σ' = {slope}): aunque el error sea {errorValue}, al
delta solo llega {value}.

[backpropagate.title]
Error retropropagado {result}
[backpropagate.meaning]
El delta {delta} vuelve hacia {layerName} por los mismos pesos {weights} que se usaron hacia
delante, pero traspuestos: {weights} es {weightsShape} y {weights}ᵀ es {transposedShape}, de modo
que {rule}. Cada fila sigue siendo un ejemplo; la columna j dice qué parte del delta le llega a
la neurona j a través de su peso.
[backpropagate.raw]
Todavía es un error en bruto: el paso siguiente lo ajustará con la pendiente de cada neurona.
[backpropagate.perWeight]
Con {weightList}, cada columna es {delta} escalado por un único peso: {columns}.
[backpropagate.flip]
Como {weightName} = {weight} es negativo, la {neuron} recibe el delta con el signo cambiado: en
el {example}, {delta} = {deltaValue} le llega como {value}. Lo que a la salida le conviene subir,
a esa neurona le conviene bajarlo, y al revés.
[backpropagate.sameSign]
Todos los pesos son positivos: cada neurona recibe el delta con su mismo signo, solo que
escalado.
[backpropagate.strongest]
La {neuron} es la que más recibe, porque su peso {weightName} = {weight} es el mayor en valor
absoluto.
[backpropagate.mixed]
Como {weights} tiene varias columnas, cada entrada suma lo que llega de todas las neuronas de la
capa siguiente, cada una a través de su peso en la fila j de {weights}.
[backpropagate.largest]
La entrada mayor en valor absoluto es {value}, la del {example} en la {neuron}.

[hiddenDelta.title]
Delta oculto {result}
[hiddenDelta.meaning]
{result} = {received} ⊙ σ'({sum}): el error que le llegó a cada neurona se multiplica por la
pendiente de esa misma neurona en ese ejemplo, σ' = {activation} ⊙ (1 − {activation}). Al ser
elemento a elemento, la forma sigue siendo {shape}. Con este delta, no con el error en bruto,
se ajustará {weights}.
[hiddenDelta.largest]
El mayor en valor absoluto es el del {example} en la {neuron}: error recibido {errorValue} ×
pendiente {slope} = {value}.
[hiddenDelta.saturated]
La {neuron} está saturada en el {example} (a = {activationValue}, σ' = {slope}): su delta se queda
en {value}, casi nada, por mucho error que le llegue ({errorValue}).
[hiddenDelta.unsaturated]
Ninguna neurona de {layerName} está saturada (σ' ≥ {minSlope}): todas reciben una parte del
error.
[hiddenDelta.smaller]
Son más pequeños que los de {upper} (máximo {max} frente a {upperMax}): cada capa hacia atrás
vuelve a multiplicar por una pendiente de 0.25 como mucho, y así la señal se debilita en las
capas más profundas.

# --- Ajuste de los parámetros ---------------------------------------------------------------
[weightGradient.title]
Ajuste de pesos {result}
[weightGradient.meaning]
{result} = η·{input}ᵀ·{delta}. Al trasponer {input} ({inputShape} pasa a {transposedShape}) el
producto queda {rule}, la misma forma que {weights}: cada entrada de {result} corrige el peso que
ocupa su posición.
[weightGradient.sum]
El producto recorre los {examples} ejemplos y los suma: la entrada (i, j) es
η·Σₖ {input}[k,i]·{delta}[k,j]. Igual que el código de los apuntes, no divide por {examples}: es
una suma, no una media, escalada por η = {eta}.
[weightGradient.inputRow]
Fila {row} (pesos que salen de {source}): solo aportan los ejemplos en que {source} ≠ 0
({active}). En los demás ({silent}), {source} = 0 anula el producto, por grande que sea su
delta. Así, fila {row} = {eta}·({terms}) = {rowValues}.
[weightGradient.inputRowBrief]
Fila {row} (pesos que salen de {source}): solo aportan los ejemplos en que {source} ≠ 0
({active}). En los demás ({silent}), {source} = 0 anula el producto, por grande que sea su
delta.
[weightGradient.zeroRow]
La fila {row} es exactamente 0: {source} vale 0 en todos los ejemplos, así que esos pesos no han
influido en nada y no hay nada que corregir.
[weightGradient.zeroDelta]
La entrada ({position}) es exactamente 0 porque los ejemplos en que {source} ≠ 0 tienen delta 0
en la {neuron}.
[weightGradient.zeroCancel]
La entrada ({position}) es exactamente 0 porque las aportaciones de los ejemplos se cancelan
entre sí.
[weightGradient.nearCancel]
La entrada ({position}) se ve como 0.0000, pero no es exactamente 0: vale {exact}, porque las
aportaciones de los ejemplos casi se anulan.
[weightGradient.silentExample]
El {example} tiene todas sus entradas a 0, así que no aporta nada a {result}: solo podrá
corregir a la red a través de los sesgos.
[weightGradient.allActive]
Ningún valor de {input} es 0, así que los {examples} ejemplos aportan a todas las entradas.
[weightGradient.largest]
La mayor en valor absoluto es la de la {position}: {expansion}.

[biasGradient.title]
Ajuste de sesgos {result}
[biasGradient.meaning]
{result} = η·Σ {delta}: se suma cada columna de {delta} sobre los {examples} ejemplos ({rule})
y se multiplica por η = {eta}. No hay ninguna entrada multiplicando: un sesgo funciona como un
peso cuya entrada vale siempre 1, de modo que aportan todos los ejemplos, también los que tienen
sus entradas a 0.
[biasGradient.column]
Para la {neuron}: {eta}·({terms}) = {value}.
[biasGradient.cancel]
En la {neuron} los ejemplos empujan en sentidos contrarios y se compensan: la suma queda en {sum},
aunque sus valores absolutos suman {absolute}.

[update.title]
Actualización de {result}
[update.meaning]
{result} ← {result} + {change}, entrada a entrada ({rule}). Se suma porque el error se definió
como y − {prediction}: con ese signo, {change} ya apunta hacia donde baja la pérdida, y sumarlo
equivale a restar el gradiente. Es el `+=` del código de los apuntes.
[update.largest]
La entrada que más cambia es la de la {position}: {old} → {new} ({difference}).
[update.single]
Pasa de {old} a {new} ({difference}).
[update.small]
Son cambios pequeños: con η = {eta} cada época mueve los parámetros solo un poco, y el
aprendizaje sale de repetirlo durante muchas épocas.

[unknown.title]
Paso {step}: {result}
[unknown.meaning]
{formula}: {rule}. Esta versión de nnstep no tiene todavía una explicación para la
operación «{operation}».
"""#
}
