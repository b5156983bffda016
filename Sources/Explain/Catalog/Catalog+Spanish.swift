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
[weights.convolution]
{result} guarda los {filters} filtros de {layerName}, uno por columna ({shape}): cada columna
tiene los {patchSize} pesos de un parche de {patch} de {input}, canal a canal y fila a fila. Es
la convención X·W de una capa densa, con los parches en el lugar de las entradas.
[weights.largestFilter]
El de mayor valor absoluto es {value} ({position}): pertenece al filtro {filter}.
[bias.convolution]
{result} guarda un sesgo por filtro de {layerName}, en una sola fila {shape}: el mismo número se
suma en todas las posiciones del mapa de ese filtro, en todos los ejemplos.
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

# --- Piezas nuevas --------------------------------------------------------------------------
[word.class]
clase {index}
[word.map]
mapa {index}

# --- Otras activaciones (§1, §3.1; diapositivas: funciones de activación) -------------------
[activation.prediction]
Como es la última capa, {result} es la predicción ŷ de la red para cada ejemplo.
[activation.range]
Aquí los valores van de {min} a {max}.
[activation.slopeRange]
Con los números de este paso, esas pendientes van de {minSlope} a {maxSlope}.

[heaviside.title]
Escalón de Heaviside {result}
[heaviside.meaning]
H(z) vale 1 si z es positivo y 0 si no lo es: la neurona solo puede contestar «sí» o «no», sin
término medio. Es la activación del perceptrón de los apuntes (§1), y {result}
conserva la forma {shape}.
[heaviside.fired]
Salidas que se disparan: {fired} de {total}, las que tenían z > 0; las otras {silent} se quedan
en 0.
[heaviside.predictions]
Respuesta para cada ejemplo: {cases}.
[heaviside.slope]
La pendiente del escalón es 0 en todas partes (y en z = 0 ni siquiera está definida), así que
ningún error podría volver a través de él. Por eso el perceptrón no se entrena con
retropropagación, sino con su propia regla, w ← w + η·error·x (§1.1).

[tanh.title]
Activación tanh {result}
[tanh.meaning]
tanh(z) lleva cada elemento de {input} al intervalo (−1, 1), con el centro en 0: z = 0 da 0, los
z negativos siguen siendo negativos y los positivos, positivos. Es una sigmoide estirada y
desplazada, tanh(z) = 2σ(2z) − 1, y {result} conserva la forma {shape}.
[tanh.saturated]
{count} de los {total} valores pasan de 0.9 en valor absoluto: en esa zona la curva es casi
plana.
[tanh.slope]
Su derivada, 1 − tanh²(z), vale 1 en z = 0, cuatro veces el máximo de σ' (0.25), pero también
se acerca a 0 en los extremos: la tanh alivia el gradiente desvaneciente, no lo elimina.

[relu.title]
Activación ReLU {result}
[relu.meaning]
ReLU(z) = max(0, z) trata cada elemento de {input} por separado: lo positivo pasa tal cual y todo
lo demás se convierte en 0. {result} conserva la forma {shape}.
[relu.zeroed]
De los {total} valores de {input}, {zeroed} eran negativos o 0 y ahora valen 0; los {kept}
restantes no cambian.
[relu.slope]
Hacia atrás, su derivada será 1 donde z > 0 y 0 en el resto. Multiplicar por 1 deja el error
como estaba, mientras que σ' nunca pasa de 0.25: con ReLU el error llega sin encogerse a las
primeras capas, y el gradiente no se desvanece (§3.1).
[relu.dead]
Neuronas que no se activan con ningún ejemplo de este lote: {neurons}. Una neurona que quedara
así para siempre estaría «muerta» (§3.1): salida 0, derivada 0, y ningún ajuste volvería a
llegarle.

[leakyRelu.title]
Activación Leaky ReLU {result}
[leakyRelu.meaning]
Leaky ReLU deja pasar lo positivo tal cual y multiplica lo demás por 0.01: en lugar de apagar la
neurona del todo, conserva un hilo de la parte negativa. {result} conserva la forma {shape}.
[leakyRelu.negatives]
{negative} de los {total} valores de {input} eran negativos o 0 y quedan multiplicados por 0.01:
el más bajo, {minZ}, pasa a {minA}.
[leakyRelu.slope]
Su derivada vale 1 para z > 0 y 0.01 en el resto: nunca es 0, de modo que siempre llega algo de
error y una neurona que parecía muerta puede volver a aprender (§3.1).

[elu.title]
Activación ELU {result}
[elu.meaning]
ELU deja pasar lo positivo tal cual y lleva cada z ≤ 0 a e^z − 1, una curva suave que se acerca
a −1 sin alcanzarlo. {result} conserva la forma {shape}.
[elu.negatives]
{negative} de los {total} valores de {input} eran negativos o 0; el más bajo, {minZ}, queda en
{minA}.
[elu.slope]
Su derivada es 1 para z > 0 y e^z (entre 0 y 1) en el resto: solo se hace pequeña para z muy
negativos.

[gelu.title]
Activación GELU {result}
[gelu.meaning]
GELU multiplica cada z por Φ(z), la probabilidad de que una normal estándar quede por debajo de
z: los valores muy positivos pasan casi enteros, los muy negativos se quedan casi en 0, y entre
medias la curva es suave. {result} conserva la forma {shape}.
[gelu.slope]
Su derivada, Φ(z) + z·φ(z), no cae de golpe a 0 como la de ReLU, y para z grande se acerca a 1.

[swish.title]
Activación Swish {result}
[swish.meaning]
Swish multiplica cada z por σ(z): para z grande se comporta como ReLU, para z muy negativo tiende
a 0, y entre medias baja un poco por debajo de 0 (hasta unos −0.28). {result} conserva la forma
{shape}.
[swish.slope]
Su derivada es σ(z)·(1 + z·(1 − σ(z))): cerca de 1 para z grande y de 0 para z muy negativo.

[linear.title]
Sin activación {result}
[linear.meaning]
{result} = {input}: la identidad deja las sumas como están. Sin ninguna función no lineal,
añadir capas no serviría de nada: el resultado seguiría siendo una combinación lineal (§2).
[linear.slope]
Su derivada vale 1 en todas partes: el error vuelve sin cambios.

[softmax.title]
Softmax {result}
[softmax.meaning]
La softmax trabaja fila a fila: cada valor de {input} se convierte en e^z y se divide por la
suma de los de su fila, softmax(z_i) = e^(z_i) / Σ e^(z_j). Así cada fila de {result} ({shape})
reparte una probabilidad entre las {classes} clases (numeradas desde 0, como los dígitos): todo
queda entre 0 y 1 y la fila suma 1.
[softmax.sums]
Comprobado con estos números: ninguna fila se aparta de 1 (la que más, suma {sum}).
[softmax.first]
En el {example}, la clase más probable es la {class}, con una probabilidad de {probability}.
[softmax.undecided]
Esa probabilidad aún está cerca de 1/{classes} = {uniform}, lo que daría repartir por igual: la
red casi no ha empezado a elegir.
[softmax.firstRight]
Es justo la clase que indica y.
[softmax.firstWrong]
Pero según y la correcta es la {trueClass}, que solo recibe {trueProbability}.
[softmax.hits]
En todo el lote, la clase más probable coincide con la de y en {hits} de {rows} ejemplos.
[softmax.slope]
Como cada salida depende de toda su fila, la softmax no tiene una pendiente por elemento como
σ'. Con la entropía cruzada no hará falta calcularla: juntas, sus derivadas se reducen a ŷ − y
(§3.2).

# --- Redes convolucionales (§4) -------------------------------------------------------------
[conv.title]
Convolución {result}
[conv.meaning]
Cada uno de los {filters} filtros de {kernel}×{kernel} recorre la entrada {input} de cada ejemplo
({inImage}); en cada posición multiplica los valores que cubre por sus pesos, los suma y añade
su sesgo, y ese número es un píxel del mapa de características (§4.1).
[conv.shapes]
Sin relleno (padding), un filtro de {kernel}×{kernel} solo cabe en {inHeight} − {kernel} + 1 =
{outHeight} posiciones por columna: cada mapa pierde {lost} filas y {lost} columnas, un marco de
{border} alrededor. Por eso cada ejemplo pasa de {inImage} a {outImage}.
[conv.filters]
{weights} tiene {filters} columnas, una por filtro, y cada filtro produce un canal de salida:
{filters} filtros dan {filters} mapas de {outHeight}×{outWidth}.
[conv.product]
Aunque el filtro se desliza, la cuenta es un producto de matrices con la convención X·W de
siempre: cada parche de {inChannels}×{kernel}×{kernel} se pone en una fila de {patchSize} números
(la matriz de parches, [{patchRows}×{patchSize}]) y se multiplica por {weights}, [{patchSize}×{filters}];
{bias} añade un sesgo por filtro.
[conv.notesFirst]
En los apuntes, la primera convolución lleva [1×28×28] a [32×26×26] con 32 filtros de 3×3
(28 − 2 = 26); aquí, {inImage} pasa a {outImage}.
[conv.edgeExample]
El ejemplo de §4.1 muestra qué puede aprender un filtro: con las columnas −1, 0 y 1, sobre una
zona lisa de píxeles a 255 da {flat} (no hay cambio, no hay borde) y sobre un borde que pasa de
negro (0) a blanco (255) da {edge}, una respuesta muy fuerte; aquí nadie escribe los filtros a
mano, el entrenamiento los ajusta.
[conv.notesSecond]
En los apuntes, la segunda convolución lleva [32×13×13] a [64×11×11] con 64 filtros
(13 − 2 = 11); aquí, {inImage} pasa a {outImage}.
[conv.largest]
El valor más alto, {value}, está en el {example}, {map}, fila {row}, columna {column}: ahí es donde
ese filtro encuentra con más fuerza lo que busca.

[pool.title]
Max pooling {result}
[pool.meaning]
Cada mapa de {input} se divide en bloques de {size}×{size} y de cada bloque solo sobrevive su
máximo, el píxel que más brilla: {inImage} pasa a {outImage}. Cada canal ({channels} en total) se
trata por separado.
[pool.floor]
Como {side} no es múltiplo de {size}, {side}/{size} = {exact} se redondea hacia abajo a {floor},
igual que hace PyTorch: lo que sobra al final no completa un bloque y se descarta.
[pool.count]
De los {inCount} números de cada ejemplo quedan {outCount}.
[pool.notes]
En los apuntes, los mapas de 26×26 pasan a 13×13, y los de 11×11 a 5×5 (11/2 = 5.5, redondeado
a 5).
[pool.invariance]
Lo que cuenta es que un rasgo aparezca en la zona, no el píxel exacto: si el dibujo se desplaza
un poco, el máximo del bloque apenas cambia. Así la red se vuelve tolerante a los
desplazamientos (invariancia a la traslación).
[pool.firstBlock]
Por ejemplo, el primer bloque del {example} en el {map} es {block}, y de él queda {max}.

[flatten.title]
Aplanado {result}
[flatten.meaning]
Los {channels} mapas de {height}×{width} de cada ejemplo se colocan uno detrás de otro en una
sola fila: {channels}·{height}·{width} = {count} números por ejemplo, {inShape} → {outShape}.
Ningún número cambia; solo se dejan de leer como imagen, porque una capa densa únicamente acepta
una lista (§4.2).
[flatten.notesSame]
Es exactamente el `x = x.view(-1, 64 * 5 * 5)` de los apuntes: 64 mapas de 5×5, 1600 números.
[flatten.notesOther]
En los apuntes es `x = x.view(-1, 64 * 5 * 5)`, con 64 mapas de 5×5 (1600 números); con estos
mapas sería `x.view(-1, {channels} * {height} * {width})`, {count} números.
[flatten.next]
Por eso la primera capa densa debe tener {count} entradas, y ese número cambia si cambian los
filtros o las capas de antes. Hacia atrás no hay paso propio: el gradiente simplemente se vuelve
a leer como mapas.

[dropoutMask.title]
Máscara de dropout {result}
[dropoutMask.meaning]
{result} decide qué neuronas se apagan en este lote: 0 es apagada y 1 encendida. Cada número se
sortea por separado y se apaga con probabilidad p = {rate}; el sorteo se repite en cada lote y
solo se hace al entrenar (para medir la prueba no se apaga nada).
[dropoutMask.count]
En este lote se apagan {off} de {total}, el {percent} % (se esperaba en torno al {expected} %).
[dropoutMask.why]
Como cualquier neurona puede faltar, ninguna puede cargar sola con una decisión: la red tiene
que repartir lo que aprende y disponer de caminos de repuesto (redundancia). Es una defensa
contra el sobreajuste (§3.3, §4.3).

[dropout.title]
Dropout {result}
[dropout.meaning]
{result} = {input} ⊙ {mask} / (1 − {rate}): donde la máscara es 0 el valor se anula, y los que
sobreviven se multiplican por 1/(1 − {rate}) = {scale}. Así, de media, la capa siguiente recibe
lo mismo que sin dropout, y en la prueba la red entera se usa sin retocar nada.
[dropout.example]
Quedan a 0 {zeros} de {total} valores; uno que sobrevive, {before}, pasa a {after}.
[dropout.zeros]
Quedan a 0 {zeros} de {total} valores.

# --- Otras pérdidas (§3.2; diapositivas: funciones de pérdida) ------------------------------
[mae.title]
Pérdida (error absoluto medio)
[mae.meaning]
El MAE promedia |y − ŷ| sobre los {count} números de la salida {prediction}: cada error pesa en
proporción a su tamaño, sin elevarlo al cuadrado como el MSE, así que un dato atípico influye
menos. Su derivada solo conserva el signo del error (±1).
[mae.worst]
El mayor error es el del {example}: |{target} − {predicted}| = {value}.

[bce.title]
Pérdida (entropía cruzada binaria)
[bce.meaning]
La BCE calcula en cada salida −[y·ln ŷ + (1 − y)·ln(1 − ŷ)] y promedia los {count} resultados:
cuando y = 1 solo cuenta −ln ŷ, y cuando y = 0, −ln(1 − ŷ). Equivocarse estando muy segura sale
carísimo, y eso acelera el aprendizaje.
[bce.worst]
El término más caro es el del {example}: y = {target} y ŷ = {predicted} cuestan {value}.

[crossEntropy.title]
Pérdida (entropía cruzada)
[crossEntropy.meaning]
Para cada ejemplo, L = −Σ y·ln ŷ. Como y es one-hot, de la suma solo sobrevive la clase
correcta: L = −ln(ŷ de esa clase) (§3.2). El valor del paso es la media sobre los {examples}
ejemplos del lote.
[crossEntropy.first]
En el {example} la clase correcta es la {class} y la red le da {probability}:
−ln({probability}) = {term}.
[crossEntropy.worst]
El que más cuesta es el {example}: a su clase correcta, la {class}, solo le da {probability}, y
−ln({probability}) = {term}. Cuanto más segura está la red de una respuesta falsa, más crece el
coste y más fuerte será la corrección.
[crossEntropy.aboveBaseline]
Repartir la probabilidad por igual entre las {classes} clases costaría ln({classes}) =
{baseline}: de momento la red no mejora eso.
[crossEntropy.belowBaseline]
Repartir la probabilidad por igual entre las {classes} clases costaría ln({classes}) =
{baseline}: la red ya sabe más que eso.

[loss.batch]
Es la pérdida del lote {batch}; la de la época será la media de todos sus lotes.

[lossGradient.title]
Gradiente de la pérdida {result}
[lossGradient.meaning]
{result} = ∂loss/∂{prediction}: cuánto subiría la pérdida si subiera cada predicción. Un valor
positivo pide bajar esa predicción y uno negativo, subirla. Para llegar al delta, el paso
siguiente aplica la regla de la cadena: lo multiplica por la derivada de la activación.
[lossGradient.squared]
Con estos números es ŷ − y, el gradiente del error cuadrático.
[lossGradient.absolute]
Con el MAE solo queda el signo: +1 donde ŷ > y, −1 donde ŷ < y y 0 donde coinciden; lo grande
que sea el error no importa.
[lossGradient.binary]
Con la BCE vale (ŷ − y) / (ŷ·(1 − ŷ)): crece muchísimo cuando una predicción equivocada está
cerca de 0 o de 1.
[lossGradient.crossEntropy]
Con la entropía cruzada vale −y/ŷ: solo la clase correcta recibe gradiente, y es enorme si su
probabilidad es pequeña.
[lossGradient.largest]
El mayor en valor absoluto es {value}, en el {example}, {neuron}.

# --- Deltas de otras activaciones y tamaño de los deltas (§3.1) -----------------------------
[outputDelta.slope]
{result} = {received} ⊙ {function}'({sum}): lo que llega de la pérdida se multiplica, ejemplo a
ejemplo, por la pendiente que la activación de salida tiene en ese punto (regla de la cadena). Es
elemento a elemento, así que la forma sigue siendo {shape}.
[hiddenDelta.slope]
{result} = {received} ⊙ {function}'({sum}): el error que llegó a cada neurona se multiplica por
la pendiente de su activación en ese ejemplo. Es elemento a elemento, así que la forma sigue
siendo {shape}, y con este delta, no con el error en bruto, se ajustará {weights}.
[hiddenDelta.relu]
Con ReLU esa pendiente solo puede ser 1 o 0. Entradas de {result} que quedan en 0: {zeroed} de
{total}, las de {sum} ≤ 0, que hacia delante no dejaron pasar nada y ahora tampoco dejan pasar
error; en el resto ({kept}) el error llega entero.
[delta.largest]
El mayor en valor absoluto es el del {example} en la {neuron}: le llega {errorValue} y queda
{value}.
[delta.size]
Tamaño de {result} en este lote (su norma: la raíz de la suma de sus cuadrados): {norm}.
[delta.sizes]
Tamaños de los deltas de este lote, de la salida hacia atrás: {list}.
[delta.shrinks]
De {upper} a {result} el tamaño se ha multiplicado por {ratio}: cada capa sigmoide vuelve a
multiplicar por σ' ≤ 0.25, y el delta llega cada vez más débil a las primeras capas. Es el
gradiente desvaneciente (§3.1).
[delta.keeps]
De {upper} a {result} el tamaño se ha multiplicado por {ratio}. La derivada de ReLU vale 1 en las
neuronas activas, así que la activación no encoge el delta: solo lo cambian los pesos y las
neuronas apagadas (§3.1).
[delta.ratio]
De {upper} a {result} el tamaño se ha multiplicado por {ratio}.

[simplifiedDelta.title]
Delta de salida {result}
[simplifiedDelta.softmax]
{result} = {prediction} − y: es la simplificación de los apuntes (§3.2). Con softmax y entropía
cruzada, la derivada de la pérdida respecto a las sumas {sum} resulta ser ∂L/∂Z = ŷ − y, porque
el 1/ŷ del logaritmo y la pendiente de la softmax se cancelan; no hace falta calcular ninguno de
los dos.
[simplifiedDelta.sigmoid]
{result} = {prediction} − y: la misma simplificación de §3.2, ahora con sigmoide y entropía
cruzada binaria. El 1/(ŷ·(1 − ŷ)) de la pérdida y la pendiente σ' se cancelan, así que
∂L/∂Z = ŷ − y sin calcular ninguno de los dos.
[simplifiedDelta.sign]
Es la misma resta del XOR, pero al revés: allí error = y − ŷ, aquí ŷ − y. Con este signo
{result} apunta hacia donde sube la pérdida, así que los pesos se actualizarán restando, como el
`W2 -= learning_rate * a1.T.dot(d_output)` de los apuntes.
[simplifiedDelta.first]
En el {example} la clase correcta es la {class}: la red le da {probability}, así que su delta es
{probability} − 1 = {value}, negativo, y esa probabilidad tiene que subir. En las demás clases
el delta es su propia probabilidad, positivo: tienen que bajar.
[simplifiedDelta.largest]
El mayor en valor absoluto es el del {example}: ŷ = {predicted} frente a y = {target}, delta
{value}.
[simplifiedDelta.noSlope]
Ningún σ' lo encoge: aunque la salida esté saturada y muy equivocada, el delta conserva todo el
tamaño del error, y la corrección es fuerte justo cuando más falta hace (§3.2).

[perceptronDelta.title]
Error del perceptrón {result}
[perceptronDelta.meaning]
{result} = {error}, sin multiplicar por ninguna derivada: la del escalón es 0 y lo borraría
todo. Es la regla del perceptrón (§1.1): cada peso se corregirá con w ← w + η·error·x, según lo
grande que sea el error, la entrada que lo provocó y η.
[perceptronDelta.wrong]
Se equivoca en {wrong} de {rows} ejemplos ({list}): en ellos el error es +1 (debía dar 1 y dio
0) o −1 (al revés); en los demás es 0 y no moverán nada.
[perceptronDelta.allRight]
No se equivoca en ningún ejemplo ({rows} en el lote): el error es 0 en todos y esta vez ningún
peso cambiará.
[perceptronDelta.batch]
El código de los apuntes corrige tras cada ejemplo; aquí se suman las correcciones de los
{rows} ejemplos del lote y se aplican juntas.
[perceptronDelta.single]
Como en el código de los apuntes, se corrige tras cada ejemplo, uno a uno.

# --- Hacia atrás por convolución, pooling y dropout (§4) ------------------------------------
[convBackpropagate.title]
Error retropropagado por la convolución {result}
[convBackpropagate.meaning]
El delta {delta} ({deltaShape}) vuelve a los mapas de entrada de la convolución ({mapsShape}) por los
mismos filtros {weights}: cada píxel de la entrada recibe la suma de lo que aportó en todas las
posiciones en que un filtro lo cubrió, con el peso que tenía allí. Equivale a convolucionar el
delta con los filtros girados 180 grados.
[convBackpropagate.edges]
Un píxel de la esquina solo entra en un parche, mientras que uno del centro entra en {patches}
({kernel}×{kernel}): los bordes reciben menos error.
[convBackpropagate.largest]
El mayor en valor absoluto es {value}, en el {example}, {map}, fila {row}, columna {column}.

[poolBackpropagate.title]
Error a través del pooling {result}
[poolBackpropagate.meaning]
Hacia atrás, el max pooling devuelve cada gradiente de {upstream} a un único sitio: la posición
del máximo de su bloque de {size}×{size}, el único valor que llegó a la salida. Los demás píxeles
del bloque no influyeron en nada y reciben 0.
[poolBackpropagate.count]
Por eso {zeros} de los {total} valores de {result} son 0 y solo {nonzero} reciben gradiente, como
mucho uno por bloque.

[dropoutBackpropagate.title]
Error a través del dropout {result}
[dropoutBackpropagate.meaning]
{result} = {upstream} ⊙ {mask} / (1 − {rate}): lo que se apagó hacia delante no influyó en la
salida, así que tampoco recibe error; lo demás lo recibe multiplicado por el mismo {scale} de la
pasada hacia delante.
[dropoutBackpropagate.count]
La máscara deja a 0 {zeros} de los {total} valores.

# --- Datos por lotes, imágenes y clases -----------------------------------------------------
[inputs.images]
Cada fila guarda una imagen de {image} desplegada en {count} números, canal a canal y fila a
fila.
[inputs.batch]
Es el lote {batch} de esta época: con mini-lotes, cada lote hace su propia pasada y su propio
ajuste de pesos, y una época es la vuelta completa a todos los datos.
[targets.oneHot]
Cada fila es one-hot: un 1 en la columna de la clase correcta y 0 en las demás, con {classes}
clases en total. La primera fila indica la {first}.
[affine.notesDigits]
En los apuntes (§3) cada imagen tiene 28×28 = 784 píxeles y esta multiplicación es
[batch×784]·[784×128]; aquí cada dígito es de 8×8 = 64 píxeles, así que queda {productRule}.
[affine.notesMnist]
Son las formas de los apuntes (§3), [batch×784]·[784×128]: aquí, {productRule}.

# --- Ajustes con media, momento, Adam, L2 y el signo del gradiente --------------------------
[weightGradient.product]
{input}ᵀ·{delta} es el gradiente de este lote. Al trasponer {input} ({inputShape} pasa a
{transposedShape}) el producto queda {rule}, la forma de {weights}: cada entrada corresponde al
peso que ocupa su misma posición.
[weightGradient.mean]
El producto suma lo que aportan los {examples} ejemplos y después se divide entre ellos: el
factor es η/|B| = {eta}/{examples} = {factor}. Es una media, no la suma del código de los
apuntes, como hacen las pérdidas de PyTorch.
[weightGradient.momentum]
Con momento no se aplica solo el gradiente de este lote: se le suma μ veces el ajuste del lote
anterior, como una bola que rueda cuesta abajo y conserva parte de su velocidad.
[weightGradient.adam]
Con Adam, el producto es solo el gradiente g. El ajuste sale de dos medias móviles: la de g, que
marca la dirección y acelera si se repite, y la de g², que frena a los pesos con gradientes
bruscos y da más paso a los que casi no se mueven. Cada peso recibe así su propio paso, de un
tamaño cercano a η = {eta} (§3.4).
[weightGradient.l2]
La regularización L2 añade un término η·λ·{weights} que acerca cada peso a 0: castiga los pesos
grandes, una señal típica de sobreajuste (§3.3).
[weightGradient.gradientSign]
Aquí {delta} lleva el signo del gradiente (la cadena empieza en ŷ − y, no en y − ŷ): {result}
apunta hacia donde sube la pérdida, y por eso luego se restará, W ← W − ΔW.
[weightGradient.convolution]
En una convolución el producto es Pᵀ·{delta}, donde P es la matriz de parches de la pasada hacia
delante ([{patchRows}×{patchSize}]): cada peso de un filtro acumula, sobre todos los ejemplos y
las {positions} posiciones de su mapa, el valor que cubrió multiplicado por el delta de esa
posición. Sale una matriz {shape}, la forma de {weights}: una fila por número del parche y una
columna por filtro.
[weightGradient.convolutionSum]
Como en el código de los apuntes, las aportaciones se suman sin dividir entre los {examples}
ejemplos, y el total se escala por η = {eta}.

[biasGradient.product]
Σ {delta} suma cada columna de {delta} sobre los {examples} ejemplos ({rule}). Ninguna entrada lo
multiplica: un sesgo es como un peso cuya entrada siempre vale 1, así que aportan todos los
ejemplos.
[biasGradient.sum]
Se suma sin dividir entre los {examples} ejemplos, como en el código de los apuntes, y se escala
por η = {eta}.
[biasGradient.mean]
Después se divide entre los {examples} ejemplos del lote: el factor es η/|B| = {eta}/{examples}
= {factor}, una media.
[biasGradient.adam]
Con Adam esta suma es solo el gradiente: el ajuste sale de sus medias móviles, igual que en los
pesos.
[biasGradient.convolution]
En una convolución cada filtro tiene un único sesgo, así que su ajuste suma el delta de las
{positions} posiciones de su mapa en todos los ejemplos.

[update.subtract]
{result} ← {result} − {change}, entrada a entrada ({rule}). Se resta porque aquí los deltas llevan
el signo del gradiente (parten de ŷ − y): {change} apunta cuesta arriba, y restarlo hace bajar la
pérdida. Es el `-=` del código de los apuntes (§3).

# --- Resumen de la época (§3.3, §3.4) -------------------------------------------------------
[epochLoss.title]
Pérdida de la época {epoch}
[epochLoss.meaning]
Es la media de las pérdidas de los {batches} lotes de esta época, lo que en los apuntes se obtiene
con `running_loss/len(trainloader)` (§3.4): {value}.
[epochLoss.single]
La época tiene un solo lote, así que su pérdida es la de ese lote: {value}.

[testLoss.title]
Pérdida de prueba
[testLoss.meaning]
Se mide con los ejemplos de prueba, que la red nunca usa para ajustar sus pesos: dice cómo le va
con datos que no ha visto. Vale {value}.
[testLoss.close]
La de entrenamiento es {train}: están cerca, y de momento la red generaliza.
[testLoss.gap]
La de entrenamiento es {train}, claramente más baja. Si la de entrenamiento sigue bajando mientras
esta se estanca o sube, la red está memorizando en lugar de aprender: es el sobreajuste (§3.3).

[accuracy.title]
Acierto en la prueba
[accuracy.meaning]
Un ejemplo de prueba cuenta como acierto cuando la salida más alta es la de su clase correcta
(con una sola salida, cuando queda del mismo lado de 0.5 que y).
[accuracy.hits]
Acierta {hits} de {count}: el {percent} %.
[accuracy.share]
Acierta el {percent} %.

[earlyStop.title]
Parada temprana
[earlyStop.meaning]
La mejor pérdida de prueba, {bestLoss}, se alcanzó en la época {bestEpoch}; desde entonces han
pasado {since} épocas sin mejorarla, y la paciencia era de {patience}.
[earlyStop.why]
El entrenamiento se detiene aquí: seguir haría que la red memorizase los ejemplos de
entrenamiento en vez de aprender a generalizar (sobreajuste, §3.3). La época {bestEpoch} es la
que mejor resultado dio con datos nuevos.

[unknown.title]
Paso {step}: {result}
[unknown.meaning]
{formula}: {rule}. Esta versión de nnstep no tiene todavía una explicación para la
operación «{operation}».
"""#
}
