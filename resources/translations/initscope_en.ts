<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CellText</name>
    <message>
        <source>μ %1 · σ %2</source>
        <translation>μ %1 · σ %2</translation>
    </message>
    <message>
        <source>values up to %1</source>
        <translation>values up to %1</translation>
    </message>
    <message>
        <source>saturated %1</source>
        <translation>saturated %1</translation>
    </message>
    <message>
        <source>dead %1</source>
        <translation>dead %1</translation>
    </message>
    <message>
        <source>%1 non-finite</source>
        <translation>%1 non-finite</translation>
    </message>
    <message>
        <source>σ %1 … %2</source>
        <translation>σ %1 … %2</translation>
    </message>
    <message>
        <source>%1 (5–95%: %2 … %3)</source>
        <translation>%1 (5–95%: %2 … %3)</translation>
    </message>
    <message>
        <source>Over %1 seeds (median):</source>
        <translation>Over %1 seeds (median):</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>mean %1</translation>
    </message>
    <message>
        <source>std %1</source>
        <translation>std %1</translation>
    </message>
    <message>
        <source>◂ %1 below</source>
        <translation>◂ %1 below</translation>
    </message>
    <message>
        <source>%1 above ▸</source>
        <translation>%1 above ▸</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 values</translation>
    </message>
    <message>
        <source>mean %1, std %2</source>
        <translation>mean %1, std %2</translation>
    </message>
    <message>
        <source>min %1, max %2</source>
        <translation>min %1, max %2</translation>
    </message>
    <message>
        <source>median %1; 5–95%: %2 … %3</source>
        <translation>median %1; 5–95%: %2 … %3</translation>
    </message>
    <message>
        <source>saturated: %1</source>
        <translation>saturated: %1</translation>
    </message>
    <message>
        <source>dead (exactly 0): %1</source>
        <translation>dead (exactly 0): %1</translation>
    </message>
    <message>
        <source>histogram: %1 bins on [%2, %3]</source>
        <translation>histogram: %1 bins on [%2, %3]</translation>
    </message>
    <message>
        <source>below the range: %1</source>
        <translation>below the range: %1</translation>
    </message>
    <message>
        <source>above the range: %1</source>
        <translation>above the range: %1</translation>
    </message>
    <message>
        <source>non-finite (NaN/Inf): %1</source>
        <translation>non-finite (NaN/Inf): %1</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>Linear (identity)</source>
        <translation>Linear (identity)</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He uniform</translation>
    </message>
    <message>
        <source>Glorot normal</source>
        <translation>Glorot normal</translation>
    </message>
    <message>
        <source>Glorot uniform</source>
        <translation>Glorot uniform</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun normal</translation>
    </message>
    <message>
        <source>LeCun uniform</source>
        <translation>LeCun uniform</translation>
    </message>
    <message>
        <source>LSUV</source>
        <translation>LSUV</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>Zeros</translation>
    </message>
    <message>
        <source>Orthogonal</source>
        <translation>Orthogonal</translation>
    </message>
    <message>
        <source>Orthogonal ×%1</source>
        <translation>Orthogonal ×%1</translation>
    </message>
    <message>
        <source>σ fixed</source>
        <translation>σ fixed</translation>
    </message>
    <message>
        <source>a fixed</source>
        <translation>a fixed</translation>
    </message>
    <message>
        <source>W = gain·Q, QR of a Gaussian matrix</source>
        <translation>W = gain·Q, QR of a Gaussian matrix</translation>
    </message>
    <message>
        <source>orthonormal, then Var(Z) = 1 on data</source>
        <translation>orthonormal, then Var(Z) = 1 on data</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>gain</translation>
    </message>
    <message>
        <source>Figure 6-10: sigmoid, std = 1</source>
        <translation>Figure 6-10: sigmoid, std = 1</translation>
    </message>
    <message>
        <source>Figure 6-11: sigmoid, std = 0.01</source>
        <translation>Figure 6-11: sigmoid, std = 0.01</translation>
    </message>
    <message>
        <source>Figure 6-13: sigmoid, Xavier</source>
        <translation>Figure 6-13: sigmoid, Xavier</translation>
    </message>
    <message>
        <source>Figure 6-14: ReLU with std = 0.01, Xavier and He</source>
        <translation>Figure 6-14: ReLU with std = 0.01, Xavier and He</translation>
    </message>
    <message>
        <source>tanh, Xavier, the book&apos;s (0, 1) range</source>
        <translation>tanh, Xavier, the book&apos;s (0, 1) range</translation>
    </message>
    <message>
        <source>tanh, Xavier, the full (−1, 1) range</source>
        <translation>tanh, Xavier, the full (−1, 1) range</translation>
    </message>
    <message>
        <source>All four initializers with sigmoid</source>
        <translation>All four initializers with sigmoid</translation>
    </message>
    <message>
        <source>All four initializers with ReLU</source>
        <translation>All four initializers with ReLU</translation>
    </message>
    <message>
        <source>The book&apos;s claim about sigmoid and std = 1, measured</source>
        <translation>The book&apos;s claim about sigmoid and std = 1, measured</translation>
    </message>
    <message>
        <source>ReLU: Xavier vs He, backward</source>
        <translation>ReLU: Xavier vs He, backward</translation>
    </message>
    <message>
        <source>Figure 6-15: MNIST, std = 0.01 vs Xavier vs He</source>
        <translation>Figure 6-15: MNIST, std = 0.01 vs Xavier vs He</translation>
    </message>
    <message>
        <source>Figure 6-18: Batch Normalization speeds up learning</source>
        <translation>Figure 6-18: Batch Normalization speeds up learning</translation>
    </message>
    <message>
        <source>Figure 6-19: Batch Normalization across 16 weight scales</source>
        <translation>Figure 6-19: Batch Normalization across 16 weight scales</translation>
    </message>
    <message>
        <source>Activations pile up at 0 and 1: the sigmoid saturates and its gradients vanish.</source>
        <translation>Activations pile up at 0 and 1: the sigmoid saturates and its gradients vanish.</translation>
    </message>
    <message>
        <source>Activations crowd around 0.5: every unit outputs nearly the same value.</source>
        <translation>Activations crowd around 0.5: every unit outputs nearly the same value.</translation>
    </message>
    <message>
        <source>Xavier&apos;s σ = 1/√n keeps a broad spread of activations in every layer.</source>
        <translation>Xavier&apos;s σ = 1/√n keeps a broad spread of activations in every layer.</translation>
    </message>
    <message>
        <source>Under ReLU, std = 0.01 vanishes, Xavier drifts towards 0, He keeps its spread.</source>
        <translation>Under ReLU, std = 0.01 vanishes, Xavier drifts towards 0, He keeps its spread.</translation>
    </message>
    <message>
        <source>The book&apos;s remark that tanh is symmetric, drawn on (0, 1): the negative half is hidden.</source>
        <translation>The book&apos;s remark that tanh is symmetric, drawn on (0, 1): the negative half is hidden.</translation>
    </message>
    <message>
        <source>The same tanh activations on their whole range: symmetric about 0.</source>
        <translation>The same tanh activations on their whole range: symmetric about 0.</translation>
    </message>
    <message>
        <source>std = 1, std = 0.01, Xavier and He side by side under sigmoid.</source>
        <translation>std = 1, std = 0.01, Xavier and He side by side under sigmoid.</translation>
    </message>
    <message>
        <source>std = 1, std = 0.01, Xavier and He side by side under ReLU.</source>
        <translation>std = 1, std = 0.01, Xavier and He side by side under ReLU.</translation>
    </message>
    <message>
        <source>Gradients dL/dA sent back through sigmoid layers: saturation shrinks each unit&apos;s derivative, yet std = 1&apos;s large weights carry the gradient back undiminished; Xavier&apos;s shrinks about 4× per layer.</source>
        <translation>Gradients dL/dA sent back through sigmoid layers: saturation shrinks each unit&apos;s derivative, yet std = 1&apos;s large weights carry the gradient back undiminished; Xavier&apos;s shrinks about 4× per layer.</translation>
    </message>
    <message>
        <source>Gradients dL/dA sent back through ReLU layers: Xavier&apos;s shrink layer by layer towards the input, He&apos;s hold their size (the depth profile shows both directions).</source>
        <translation>Gradients dL/dA sent back through ReLU layers: Xavier&apos;s shrink layer by layer towards the input, He&apos;s hold their size (the depth profile shows both directions).</translation>
    </message>
    <message>
        <source>784-100-100-100-100-10, ReLU, SGD lr 0.01, batch 128, 2000 iterations: std = 0.01 never learns, He learns fastest.</source>
        <translation>784-100-100-100-100-10, ReLU, SGD lr 0.01, batch 128, 2000 iterations: std = 0.01 never learns, He learns fastest.</translation>
    </message>
    <message>
        <source>The book&apos;s network with weights N(0, 0.01²), trained with and without BatchNorm on the same batches: with it, the training accuracy rises far sooner.</source>
        <translation>The book&apos;s network with weights N(0, 0.01²), trained with and without BatchNorm on the same batches: with it, the training accuracy rises far sooner.</translation>
    </message>
    <message>
        <source>w from 1 to 0.0001: without BatchNorm only w ≈ 0.1–0.3 learns; with it every scale does.</source>
        <translation>w from 1 to 0.0001: without BatchNorm only w ≈ 0.1–0.3 learns; with it every scale does.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Saturated&lt;/i&gt;: outside (%1, %2), where %3 is nearly flat: its derivative is near 0 and little gradient passes back.</source>
        <translation>&lt;i&gt;Saturated&lt;/i&gt;: outside (%1, %2), where %3 is nearly flat: its derivative is near 0 and little gradient passes back.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Dead&lt;/i&gt;: exactly 0 (the input was negative): such a unit passes no gradient back.</source>
        <translation>&lt;i&gt;Dead&lt;/i&gt;: exactly 0 (the input was negative): such a unit passes no gradient back.</translation>
    </message>
    <message>
        <source>normal N(0, σ²)</source>
        <translation>normal N(0, σ²)</translation>
    </message>
    <message>
        <source>uniform U(−a, a), variance a²/3</source>
        <translation>uniform U(−a, a), variance a²/3</translation>
    </message>
    <message>
        <source>orthogonal: W = gain·Q, Q from the QR of a Gaussian matrix</source>
        <translation>orthogonal: W = gain·Q, Q from the QR of a Gaussian matrix</translation>
    </message>
    <message>
        <source>all zero</source>
        <translation>all zero</translation>
    </message>
    <message>
        <source>Keeps the variance of each layer&apos;s output equal to its input&apos;s for a linear or tanh-like activation near 0, so activations neither shrink nor grow with depth.</source>
        <translation>Keeps the variance of each layer&apos;s output equal to its input&apos;s for a linear or tanh-like activation near 0, so activations neither shrink nor grow with depth.</translation>
    </message>
    <message>
        <source>Glorot &amp; Bengio 2010 (the book&apos;s &quot;Xavier&quot;: σ = 1/√n)</source>
        <translation>Glorot &amp; Bengio 2010 (the book&apos;s &quot;Xavier&quot;: σ = 1/√n)</translation>
    </message>
    <message>
        <source>LeCun, Bottou, Orr &amp; Müller 1998, &quot;Efficient BackProp&quot;</source>
        <translation>LeCun, Bottou, Orr &amp; Müller 1998, &quot;Efficient BackProp&quot;</translation>
    </message>
    <message>
        <source>A compromise between keeping the forward signal (1/n_in) and the backward gradient (1/n_out) the same size through every layer.</source>
        <translation>A compromise between keeping the forward signal (1/n_in) and the backward gradient (1/n_out) the same size through every layer.</translation>
    </message>
    <message>
        <source>Glorot &amp; Bengio 2010, &quot;Understanding the difficulty of training deep feedforward neural networks&quot;</source>
        <translation>Glorot &amp; Bengio 2010, &quot;Understanding the difficulty of training deep feedforward neural networks&quot;</translation>
    </message>
    <message>
        <source>ReLU zeroes half of its inputs and so halves the variance: twice Xavier&apos;s variance gives it back, layer after layer.</source>
        <translation>ReLU zeroes half of its inputs and so halves the variance: twice Xavier&apos;s variance gives it back, layer after layer.</translation>
    </message>
    <message>
        <source>He, Zhang, Ren &amp; Sun 2015, &quot;Delving deep into rectifiers&quot;</source>
        <translation>He, Zhang, Ren &amp; Sun 2015, &quot;Delving deep into rectifiers&quot;</translation>
    </message>
    <message>
        <source>Every singular value of W is the gain: a linear network passes every direction of the signal and the gradient alike (dynamical isometry).</source>
        <translation>Every singular value of W is the gain: a linear network passes every direction of the signal and the gradient alike (dynamical isometry).</translation>
    </message>
    <message>
        <source>Saxe, McClelland &amp; Ganguli 2014, &quot;Exact solutions to the nonlinear dynamics of learning in deep linear neural networks&quot;</source>
        <translation>Saxe, McClelland &amp; Ganguli 2014, &quot;Exact solutions to the nonlinear dynamics of learning in deep linear neural networks&quot;</translation>
    </message>
    <message>
        <source>chosen on data: Var(Z) = 1 in every layer</source>
        <translation>chosen on data: Var(Z) = 1 in every layer</translation>
    </message>
    <message>
        <source>Starts orthogonal, then rescales each layer on a batch until its output has unit variance, whatever the activation.</source>
        <translation>Starts orthogonal, then rescales each layer on a batch until its output has unit variance, whatever the activation.</translation>
    </message>
    <message>
        <source>Mishkin &amp; Matas 2016, &quot;All you need is a good init&quot;</source>
        <translation>Mishkin &amp; Matas 2016, &quot;All you need is a good init&quot;</translation>
    </message>
    <message>
        <source>Every unit computes the same and receives the same gradient: they never become different (the book&apos;s warning about equal weights).</source>
        <translation>Every unit computes the same and receives the same gradient: they never become different (the book&apos;s warning about equal weights).</translation>
    </message>
    <message>
        <source>Var(W) = a²/3, fixed</source>
        <translation>Var(W) = a²/3, fixed</translation>
    </message>
    <message>
        <source>Var(W) = σ², fixed</source>
        <translation>Var(W) = σ², fixed</translation>
    </message>
    <message>
        <source>A fixed scale, whatever the layer&apos;s width: the book&apos;s std = 1 and std = 0.01.</source>
        <translation>A fixed scale, whatever the layer&apos;s width: the book&apos;s std = 1 and std = 0.01.</translation>
    </message>
    <message>
        <source>Recommended gain for %1: %2</source>
        <translation>Recommended gain for %1: %2</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>missing field</source>
        <translation>missing field</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>duplicate field (given twice in one object)</source>
        <translation>duplicate field (given twice in one object)</translation>
    </message>
    <message>
        <source>unknown field (in a version-%1 file)</source>
        <translation>unknown field (in a version-%1 file)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0</source>
        <translation>must be a whole number ≥ 0</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be finite</source>
        <translation>must be finite</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>must be an array of strings</translation>
    </message>
    <message>
        <source>must be an array of numbers</source>
        <translation>must be an array of numbers</translation>
    </message>
    <message>
        <source>must be an array of whole numbers</source>
        <translation>must be an array of whole numbers</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be %1 to %2, got %3</source>
        <translation>must be %1 to %2, got %3</translation>
    </message>
    <message>
        <source>must be %1 to %2</source>
        <translation>must be %1 to %2</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>must be at least %1</translation>
    </message>
    <message>
        <source>give at least one</source>
        <translation>give at least one</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <source>give 1 to %1 layer widths, got %2</source>
        <translation>give 1 to %1 layer widths, got %2</translation>
    </message>
    <message>
        <source>give 1 to %1 hidden layer sizes</source>
        <translation>give 1 to %1 hidden layer sizes</translation>
    </message>
    <message>
        <source>each layer needs 1 to %1 units, got %2</source>
        <translation>each layer needs 1 to %1 units, got %2</translation>
    </message>
    <message>
        <source>each layer needs 1 to %1 units</source>
        <translation>each layer needs 1 to %1 units</translation>
    </message>
    <message>
        <source>samples × the widest layer must be at most %1</source>
        <translation>samples × the widest layer must be at most %1</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot; or [low, high]</source>
        <translation>must be &quot;auto&quot; or [low, high]</translation>
    </message>
    <message>
        <source>bounds must be finite numbers</source>
        <translation>bounds must be finite numbers</translation>
    </message>
    <message>
        <source>the low bound must be below the high bound</source>
        <translation>the low bound must be below the high bound</translation>
    </message>
    <message>
        <source>a normal bias needs biases (bias: true)</source>
        <translation>a normal bias needs biases (bias: true)</translation>
    </message>
    <message>
        <source>must name a folder or dataset</source>
        <translation>must name a folder or dataset</translation>
    </message>
    <message>
        <source>must be a number in (0, 1000]</source>
        <translation>must be a number in (0, 1000]</translation>
    </message>
    <message>
        <source>must be 0 (all) or more</source>
        <translation>must be 0 (all) or more</translation>
    </message>
    <message>
        <source>give 1 to %1 weight scales</source>
        <translation>give 1 to %1 weight scales</translation>
    </message>
    <message>
        <source>each scale must be in (0, 100], got %1</source>
        <translation>each scale must be in (0, 100], got %1</translation>
    </message>
    <message>
        <source>must be &quot;activations&quot;, &quot;training&quot; or &quot;bn-sweep&quot;</source>
        <translation>must be &quot;activations&quot;, &quot;training&quot; or &quot;bn-sweep&quot;</translation>
    </message>
    <message>
        <source>must be &quot;activations&quot;, &quot;pre-activations&quot;, &quot;gradients&quot; or &quot;weight-gradients&quot;</source>
        <translation>must be &quot;activations&quot;, &quot;pre-activations&quot;, &quot;gradients&quot; or &quot;weight-gradients&quot;</translation>
    </message>
    <message>
        <source>a NUL byte at %1: not a text file</source>
        <translation>a NUL byte at %1: not a text file</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>malformed JSON: %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>must be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing or not a whole number</source>
        <translation>missing or not a whole number</translation>
    </message>
    <message>
        <source>file version %1 is newer than this InitScope reads (%2): update InitScope</source>
        <translation>file version %1 is newer than this InitScope reads (%2): update InitScope</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>must be 1 or more</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>cannot open the file</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>cannot read the file</translation>
    </message>
    <message>
        <source>must be an object of texts by language: {&quot;en&quot;: &quot;…&quot;, &quot;ko&quot;: &quot;…&quot;}</source>
        <translation>must be an object of texts by language: {&quot;en&quot;: &quot;…&quot;, &quot;ko&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>must be an object of settings: {&quot;activations.depth&quot;: 10}</source>
        <translation>must be an object of settings: {&quot;activations.depth&quot;: 10}</translation>
    </message>
    <message>
        <source>unknown setting (write it as the experiment file does, e.g. activations.activation)</source>
        <translation>unknown setting (write it as the experiment file does, e.g. activations.activation)</translation>
    </message>
    <message>
        <source>must be a list of one or more steps</source>
        <translation>must be a list of one or more steps</translation>
    </message>
    <message>
        <source>newer than this InitScope reads (%1): update InitScope</source>
        <translation>newer than this InitScope reads (%1): update InitScope</translation>
    </message>
    <message>
        <source>no preset named &quot;%1&quot;</source>
        <translation>no preset named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no lesson named &quot;%1&quot; (built in: %2; or open a lesson file)</source>
        <translation>no lesson named &quot;%1&quot; (built in: %2; or open a lesson file)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>&apos;%1&apos;: &apos;%2&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the value must be ≥ 0</source>
        <translation>&apos;%1&apos;: the value must be ≥ 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the value must be &gt; 0</source>
        <translation>&apos;%1&apos;: the value must be &gt; 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the value must be ≤ 1e6</source>
        <translation>&apos;%1&apos;: the value must be ≤ 1e6</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 takes no value</source>
        <translation>&apos;%1&apos;: %2 takes no value</translation>
    </message>
    <message>
        <source>unknown initializer &apos;%1&apos;</source>
        <translation>unknown initializer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown activation &apos;%1&apos; (choose one of: %2)</source>
        <translation>unknown activation &apos;%1&apos; (choose one of: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown optimizer &apos;%1&apos; (choose sgd, momentum, adagrad or adam)</source>
        <translation>unknown optimizer &apos;%1&apos; (choose sgd, momentum, adagrad or adam)</translation>
    </message>
    <message>
        <source>normal=&lt;σ_b&gt; needs a number from 0 to 1000, got &apos;%1&apos;</source>
        <translation>normal=&lt;σ_b&gt; needs a number from 0 to 1000, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown bias initializer &apos;%1&apos; (choose zeros or normal=&lt;σ_b&gt;)</source>
        <translation>unknown bias initializer &apos;%1&apos; (choose zeros or normal=&lt;σ_b&gt;)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>is a folder, expected a file</source>
        <translation>is a folder, expected a file</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>is not a folder</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>is not a regular file</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>no name given</translation>
    </message>
    <message>
        <source>cannot write (%1)</source>
        <translation>cannot write (%1)</translation>
    </message>
    <message>
        <source>cannot replace (%1)</source>
        <translation>cannot replace (%1)</translation>
    </message>
    <message>
        <source>cannot create (%1)</source>
        <translation>cannot create (%1)</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>cannot read (%1)</translation>
    </message>
    <message>
        <source>truncated: the IDX header is incomplete</source>
        <translation>truncated: the IDX header is incomplete</translation>
    </message>
    <message>
        <source>wrong magic number: not an IDX file</source>
        <translation>wrong magic number: not an IDX file</translation>
    </message>
    <message>
        <source>dataset folder not found</source>
        <translation>dataset folder not found</translation>
    </message>
    <message>
        <source>Fashion-MNIST is not in %1: install the package dataset-fashion-mnist</source>
        <translation>Fashion-MNIST is not in %1: install the package dataset-fashion-mnist</translation>
    </message>
    <message>
        <source>MNIST not found (looked in %1): put its four IDX files in one of those folders or set INITSCOPE_MNIST, or choose fashion-mnist</source>
        <translation>MNIST not found (looked in %1): put its four IDX files in one of those folders or set INITSCOPE_MNIST, or choose fashion-mnist</translation>
    </message>
    <message>
        <source>dataset folder &apos;%1&apos; not found: give a folder holding the four IDX files, mnist or fashion-mnist</source>
        <translation>dataset folder &apos;%1&apos; not found: give a folder holding the four IDX files, mnist or fashion-mnist</translation>
    </message>
    <message>
        <source>neither MNIST (looked in %1) nor Fashion-MNIST is installed: install the package dataset-fashion-mnist, or see Help → Getting MNIST</source>
        <translation>neither MNIST (looked in %1) nor Fashion-MNIST is installed: install the package dataset-fashion-mnist, or see Help → Getting MNIST</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (choose one of: %2)</source>
        <translation>unknown preset &apos;%1&apos; (choose one of: %2)</translation>
    </message>
    <message>
        <source>must be a finite σ_b ≥ 0</source>
        <translation>must be a finite σ_b ≥ 0</translation>
    </message>
    <message>
        <source>must be a finite variance &gt; 0</source>
        <translation>must be a finite variance &gt; 0</translation>
    </message>
    <message>
        <source>invalid file: %1</source>
        <translation>invalid file: %1</translation>
    </message>
    <message>
        <source>holds other files (&apos;%1&apos;): choose an empty or new folder</source>
        <translation>holds other files (&apos;%1&apos;): choose an empty or new folder</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes)</source>
        <translation>the file is too large (%1 bytes)</translation>
    </message>
    <message>
        <source>corrupt gzip stream (%1)</source>
        <translation>corrupt gzip stream (%1)</translation>
    </message>
    <message>
        <source>unsupported IDX element type %1 (only unsigned bytes, 0x08)</source>
        <translation>unsupported IDX element type %1 (only unsigned bytes, 0x08)</translation>
    </message>
    <message>
        <source>the IDX header gives %1 dimensions (expected 1 to 4)</source>
        <translation>the IDX header gives %1 dimensions (expected 1 to 4)</translation>
    </message>
    <message>
        <source>IDX dimension %1 is 0</source>
        <translation>IDX dimension %1 is 0</translation>
    </message>
    <message>
        <source>the IDX header claims more than %1 bytes of data</source>
        <translation>the IDX header claims more than %1 bytes of data</translation>
    </message>
    <message>
        <source>truncated: the header claims %1 data bytes, the file holds %2</source>
        <translation>truncated: the header claims %1 data bytes, the file holds %2</translation>
    </message>
    <message>
        <source>trailing data: the header claims %1 data bytes, the file holds %2</source>
        <translation>trailing data: the header claims %1 data bytes, the file holds %2</translation>
    </message>
    <message>
        <source>trailing data: the file holds more than the header&apos;s %1 data bytes</source>
        <translation>trailing data: the file holds more than the header&apos;s %1 data bytes</translation>
    </message>
    <message>
        <source>holds %1 of data, more than this machine can load (%2 of memory free)</source>
        <translation>holds %1 of data, more than this machine can load (%2 of memory free)</translation>
    </message>
    <message>
        <source>expected 3 dimensions (count, rows, columns), found %1</source>
        <translation>expected 3 dimensions (count, rows, columns), found %1</translation>
    </message>
    <message>
        <source>expected 1 dimension (count), found %1</source>
        <translation>expected 1 dimension (count), found %1</translation>
    </message>
    <message>
        <source>holds %1 labels but the image file holds %2 images</source>
        <translation>holds %1 labels but the image file holds %2 images</translation>
    </message>
    <message>
        <source>images of %1 pixels are too large</source>
        <translation>images of %1 pixels are too large</translation>
    </message>
    <message>
        <source>label %1 at index %2 is not a digit class 0–9</source>
        <translation>label %1 at index %2 is not a digit class 0–9</translation>
    </message>
    <message>
        <source>training images have %1 pixels but test images %2</source>
        <translation>training images have %1 pixels but test images %2</translation>
    </message>
    <message>
        <source>the dataset has no training or no test images</source>
        <translation>the dataset has no training or no test images</translation>
    </message>
    <message>
        <source>the training split has %1 images, fewer than train_size %2</source>
        <translation>the training split has %1 images, fewer than train_size %2</translation>
    </message>
    <message>
        <source>these settings need about %1 of memory, but %2 is free; reduce the width, depth, samples or number of initializers</source>
        <translation>these settings need about %1 of memory, but %2 is free; reduce the width, depth, samples or number of initializers</translation>
    </message>
    <message>
        <source>these settings need about %1 of memory, but %2 is free; reduce the hidden layers&apos; sizes, the batch size or the number of initializers</source>
        <translation>these settings need about %1 of memory, but %2 is free; reduce the hidden layers&apos; sizes, the batch size or the number of initializers</translation>
    </message>
    <message>
        <source>out of memory: these settings need more memory than is free; reduce the samples, width, depth or number of initializers (or close other programs)</source>
        <translation>out of memory: these settings need more memory than is free; reduce the samples, width, depth or number of initializers (or close other programs)</translation>
    </message>
    <message>
        <source>batch norm couples the batch: one input has no Jacobian of its own</source>
        <translation>batch norm couples the batch: one input has no Jacobian of its own</translation>
    </message>
    <message>
        <source>too large for an interactive view (width² × depth)</source>
        <translation>too large for an interactive view (width² × depth)</translation>
    </message>
    <message>
        <source>internal error (please report it): %1</source>
        <translation>internal error (please report it): %1</translation>
    </message>
    <message>
        <source>internal error (please report it)</source>
        <translation>internal error (please report it)</translation>
    </message>
</context>
<context>
    <name>initscope::ui::ActivationChooser</name>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>%1
Recommended gain: %2</source>
        <translation>%1
Recommended gain: %2</translation>
    </message>
    <message>
        <source>The non-linearity applied after every layer. Sigmoid and tanh saturate; ReLU units can die.</source>
        <translation>The non-linearity applied after every layer. Sigmoid and tanh saturate; ReLU units can die.</translation>
    </message>
</context>
<context>
    <name>initscope::ui::ActivationsView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Pre-activations</source>
        <translation>Pre-activations</translation>
    </message>
    <message>
        <source>Gradients (dL/dA)</source>
        <translation>Gradients (dL/dA)</translation>
    </message>
    <message>
        <source>Weight gradients (dL/dW)</source>
        <translation>Weight gradients (dL/dW)</translation>
    </message>
    <message>
        <source>What the histograms count: each layer&apos;s activations A = f(Z), its pre-activations Z, the gradient it sends back towards the input (dL/dA of the layer below) or its weight gradient dL/dW, for a random N(0, 1) gradient arriving at the last layer.</source>
        <translation>What the histograms count: each layer&apos;s activations A = f(Z), its pre-activations Z, the gradient it sends back towards the input (dL/dA of the layer below) or its weight gradient dL/dW, for a random N(0, 1) gradient arriving at the last layer.</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>Side &amp;panel</translation>
    </message>
    <message>
        <source>Show or hide the depth profile and the phase diagram beside the histograms.</source>
        <translation>Show or hide the depth profile and the phase diagram beside the histograms.</translation>
    </message>
    <message>
        <source>Depth profile</source>
        <translation>Depth profile</translation>
    </message>
    <message>
        <source>Phase diagram</source>
        <translation>Phase diagram</translation>
    </message>
    <message>
        <source>Mean-field theory&apos;s order/chaos map for this activation, with each initializer on it</source>
        <translation>Mean-field theory&apos;s order/chaos map for this activation, with each initializer on it</translation>
    </message>
    <message>
        <source>Jacobian</source>
        <translation>Jacobian</translation>
    </message>
    <message>
        <source>Dynamical isometry: the input–output Jacobian&apos;s singular values at one input</source>
        <translation>Dynamical isometry: the input–output Jacobian&apos;s singular values at one input</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>%1 layers × %2 units</source>
        <translation>%1 layers × %2 units</translation>
    </message>
    <message>
        <source>layers of %1 units</source>
        <translation>layers of %1 units</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; activations after batch norm</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; activations after batch norm</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; activations</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; activations</translation>
    </message>
    <message>
        <source>Pre-activations Z (after batch norm, the input of &lt;b&gt;%1&lt;/b&gt;)</source>
        <translation>Pre-activations Z (after batch norm, the input of &lt;b&gt;%1&lt;/b&gt;)</translation>
    </message>
    <message>
        <source>Pre-activations Z (the input of &lt;b&gt;%1&lt;/b&gt;)</source>
        <translation>Pre-activations Z (the input of &lt;b&gt;%1&lt;/b&gt;)</translation>
    </message>
    <message>
        <source>Gradients dL/dA each layer sends back (&lt;b&gt;%1&lt;/b&gt;; N(0, 1) at the last layer)</source>
        <translation>Gradients dL/dA each layer sends back (&lt;b&gt;%1&lt;/b&gt;; N(0, 1) at the last layer)</translation>
    </message>
    <message>
        <source>Weight gradients dL/dW (&lt;b&gt;%1&lt;/b&gt;; N(0, 1) at the last layer)</source>
        <translation>Weight gradients dL/dW (&lt;b&gt;%1&lt;/b&gt;; N(0, 1) at the last layer)</translation>
    </message>
    <message>
        <source>%1 of %2 for %3 N(0, 1) input samples.</source>
        <translation>%1 of %2 for %3 N(0, 1) input samples.</translation>
    </message>
    <message>
        <source>Histograms: seed %1; summaries: medians over %2 seeds.</source>
        <translation>Histograms: seed %1; summaries: medians over %2 seeds.</translation>
    </message>
    <message>
        <source>Computed in %1 ms.</source>
        <translation>Computed in %1 ms.</translation>
    </message>
    <message>
        <source>σ = %1</source>
        <translation>σ = %1</translation>
    </message>
    <message>
        <source>%1 — layer %2 (%3 → %4)</source>
        <translation>%1 — layer %2 (%3 → %4)</translation>
    </message>
    <message>
        <source>dL/dA of layer %1&apos;s input</source>
        <translation>dL/dA of layer %1&apos;s input</translation>
    </message>
    <message>
        <source>std(dL/dW) / std(W) = %1</source>
        <translation>std(dL/dW) / std(W) = %1</translation>
    </message>
    <message>
        <source>Theory: μ %1 · σ %2</source>
        <translation>Theory: μ %1 · σ %2</translation>
    </message>
    <message>
        <source>dead %1%</source>
        <translation>dead %1%</translation>
    </message>
    <message>
        <source>q = %1, χ = %2</source>
        <translation>q = %1, χ = %2</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Layer %1</translation>
    </message>
    <message>
        <source>Layer %1 (%2)</source>
        <translation>Layer %1 (%2)</translation>
    </message>
    <message>
        <source>Z · %1</source>
        <translation>Z · %1</translation>
    </message>
    <message>
        <source>dL/dA · %1</source>
        <translation>dL/dA · %1</translation>
    </message>
    <message>
        <source>dL/dW · %1</source>
        <translation>dL/dW · %1</translation>
    </message>
    <message>
        <source>Tick at least one initializer.</source>
        <translation>Tick at least one initializer.</translation>
    </message>
    <message>
        <source>Activation: %1, %2</source>
        <translation>Activation: %1, %2</translation>
    </message>
</context>
<context>
    <name>initscope::ui::BnSweepController</name>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>Training on %1: each weight scale&apos;s cell fills in when both its networks are done.</source>
        <translation>Training on %1: each weight scale&apos;s cell fills in when both its networks are done.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Finished in %1 s.</translation>
    </message>
    <message>
        <source>one weight scale</source>
        <translation>one weight scale</translation>
    </message>
    <message>
        <source>%1 weight scales</source>
        <translation>%1 weight scales</translation>
    </message>
    <message>
        <source>Training accuracy on the first %1 training images with batch norm (solid) and without (dashed); %2 trained in %3 s.</source>
        <translation>Training accuracy on the first %1 training images with batch norm (solid) and without (dashed); %2 trained in %3 s.</translation>
    </message>
    <message>
        <source>The batch norm sweep failed.</source>
        <translation>The batch norm sweep failed.</translation>
    </message>
    <message>
        <source>The sweep could not run: see the message above.</source>
        <translation>The sweep could not run: see the message above.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Press Run (Space) to train the network with and without batch norm for every weight scale; the cells fill in as scales finish.</source>
        <translation>Press Run (Space) to train the network with and without batch norm for every weight scale; the cells fill in as scales finish.</translation>
    </message>
</context>
<context>
    <name>initscope::ui::BnSweepPanel</name>
    <message>
        <source>Batch normalization</source>
        <translation>Batch normalization</translation>
    </message>
    <message>
        <source>The book&apos;s network (ReLU, SGD) trained twice per weight scale w, with and without batch norm after every hidden dense layer, on the same batches.</source>
        <translation>The book&apos;s network (ReLU, SGD) trained twice per weight scale w, with and without batch norm after every hidden dense layer, on the same batches.</translation>
    </message>
    <message>
        <source>A folder with the four MNIST-format IDX files, or &apos;mnist&apos; or &apos;fashion-mnist&apos;.</source>
        <translation>A folder with the four MNIST-format IDX files, or &apos;mnist&apos; or &apos;fashion-mnist&apos;.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>custom</translation>
    </message>
    <message>
        <source>How many of the book&apos;s 16 weight scales, w = 1 down to 0.0001 (logarithmic), to train; &quot;custom&quot; when the list below is your own.</source>
        <translation>How many of the book&apos;s 16 weight scales, w = 1 down to 0.0001 (logarithmic), to train; &quot;custom&quot; when the list below is your own.</translation>
    </message>
    <message>
        <source>Book scales</source>
        <translation>Book scales</translation>
    </message>
    <message>
        <source>The weight scales w themselves, e.g. &quot;1, 0.1, 0.01&quot; (1 to %1 of them): every weight starts as N(0, w²).</source>
        <translation>The weight scales w themselves, e.g. &quot;1, 0.1, 0.01&quot; (1 to %1 of them): every weight starts as N(0, w²).</translation>
    </message>
    <message>
        <source>Weights w</source>
        <translation>Weights w</translation>
    </message>
    <message>
        <source>Epochs (the book: 20). An epoch is training size ÷ batch size updates; the accuracy is recorded after each.</source>
        <translation>Epochs (the book: 20). An epoch is training size ÷ batch size updates; the accuracy is recorded after each.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>The first this many training images (the book: 1000), also those the accuracy is measured on.</source>
        <translation>The first this many training images (the book: 1000), also those the accuracy is measured on.</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Training images</translation>
    </message>
    <message>
        <source>Images per mini-batch, drawn with replacement (the book: 100).</source>
        <translation>Images per mini-batch, drawn with replacement (the book: 100).</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <source>SGD&apos;s learning rate (the book: 0.01).</source>
        <translation>SGD&apos;s learning rate (the book: 0.01).</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>Hidden layer widths (the book: 100, 100, 100, 100, 100).</source>
        <translation>Hidden layer widths (the book: 100, 100, 100, 100, 100).</translation>
    </message>
    <message>
        <source>Hidden widths</source>
        <translation>Hidden widths</translation>
    </message>
    <message>
        <source>Seed of the weights and mini-batches.</source>
        <translation>Seed of the weights and mini-batches.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
</context>
<context>
    <name>initscope::ui::BnSweepView</name>
    <message>
        <source>Training accuracy on the first %1 training images, with batch norm (solid) and without (dashed), per epoch; the same weights N(0, w²) and the same mini-batches for both networks.</source>
        <translation>Training accuracy on the first %1 training images, with batch norm (solid) and without (dashed), per epoch; the same weights N(0, w²) and the same mini-batches for both networks.</translation>
    </message>
    <message>
        <source>Batch normalization: training accuracy</source>
        <translation>Batch normalization: training accuracy</translation>
    </message>
    <message>
        <source>Batch normalization across weight scales w</source>
        <translation>Batch normalization across weight scales w</translation>
    </message>
    <message>
        <source>w = %1</source>
        <translation>w = %1</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <source>Without batch norm</source>
        <translation>Without batch norm</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch norm</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>training…</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>diverged</translation>
    </message>
    <message>
        <source>(iteration %1)</source>
        <translation>(iteration %1)</translation>
    </message>
    <message>
        <source>batch norm diverged</source>
        <translation>batch norm diverged</translation>
    </message>
</context>
<context>
    <name>initscope::ui::DepthProfileView</name>
    <message>
        <source>Depth profile</source>
        <translation>Depth profile</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>layer</translation>
    </message>
    <message>
        <source>σ of activations</source>
        <translation>σ of activations</translation>
    </message>
    <message>
        <source>σ of dL/dA (backward)</source>
        <translation>σ of dL/dA (backward)</translation>
    </message>
    <message>
        <source>The standard deviation of every layer&apos;s activations (top) and of the gradient it sends back towards the input (bottom), on a log scale: a line falling towards 0 vanishes, one rising explodes, a flat one holds. Circles: more than half of the layer&apos;s units saturated or dead.</source>
        <translation>The standard deviation of every layer&apos;s activations (top) and of the gradient it sends back towards the input (bottom), on a log scale: a line falling towards 0 vanishes, one rising explodes, a flat one holds. Circles: more than half of the layer&apos;s units saturated or dead.</translation>
    </message>
    <message>
        <source>theory (mean field)</source>
        <translation>theory (mean field)</translation>
    </message>
    <message>
        <source>5–95 % of %1 seeds</source>
        <translation>5–95 % of %1 seeds</translation>
    </message>
    <message>
        <source>Depth profile · median of %1 seeds</source>
        <translation>Depth profile · median of %1 seeds</translation>
    </message>
    <message>
        <source>&gt; 50% saturated or dead</source>
        <translation>&gt; 50% saturated or dead</translation>
    </message>
    <message>
        <source>The backward pass was not measured.</source>
        <translation>The backward pass was not measured.</translation>
    </message>
    <message>
        <source>σ(A)</source>
        <translation>σ(A)</translation>
    </message>
    <message>
        <source>σ(dL/dA)</source>
        <translation>σ(dL/dA)</translation>
    </message>
</context>
<context>
    <name>initscope::ui::ExportActions</name>
    <message>
        <source>Activations figure…</source>
        <translation>Activations figure…</translation>
    </message>
    <message>
        <source>Depth profile figure…</source>
        <translation>Depth profile figure…</translation>
    </message>
    <message>
        <source>Phase diagram figure…</source>
        <translation>Phase diagram figure…</translation>
    </message>
    <message>
        <source>Training figure…</source>
        <translation>Training figure…</translation>
    </message>
    <message>
        <source>Update ratio figure…</source>
        <translation>Update ratio figure…</translation>
    </message>
    <message>
        <source>Layer × time heat map figure…</source>
        <translation>Layer × time heat map figure…</translation>
    </message>
    <message>
        <source>Histograms over time figure…</source>
        <translation>Histograms over time figure…</translation>
    </message>
    <message>
        <source>Batch norm figure…</source>
        <translation>Batch norm figure…</translation>
    </message>
    <message>
        <source>Copy activations figure</source>
        <translation>Copy activations figure</translation>
    </message>
    <message>
        <source>Copy training figure</source>
        <translation>Copy training figure</translation>
    </message>
    <message>
        <source>Histograms as CSV…</source>
        <translation>Histograms as CSV…</translation>
    </message>
    <message>
        <source>Save histograms</source>
        <translation>Save histograms</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loss curves as CSV…</source>
        <translation>Loss curves as CSV…</translation>
    </message>
    <message>
        <source>Save loss curves</source>
        <translation>Save loss curves</translation>
    </message>
    <message>
        <source>Update ratios as CSV…</source>
        <translation>Update ratios as CSV…</translation>
    </message>
    <message>
        <source>Save update ratios</source>
        <translation>Save update ratios</translation>
    </message>
    <message>
        <source>Snapshot statistics as CSV…</source>
        <translation>Snapshot statistics as CSV…</translation>
    </message>
    <message>
        <source>Save every snapshot&apos;s statistics</source>
        <translation>Save every snapshot&apos;s statistics</translation>
    </message>
    <message>
        <source>Batch norm accuracies as CSV…</source>
        <translation>Batch norm accuracies as CSV…</translation>
    </message>
    <message>
        <source>Save batch norm accuracies</source>
        <translation>Save batch norm accuracies</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Export all…</translation>
    </message>
    <message>
        <source>Export everything into a folder</source>
        <translation>Export everything into a folder</translation>
    </message>
    <message>
        <source>Every figure, the CSVs, the experiment file and a provenance note, in one folder</source>
        <translation>Every figure, the CSVs, the experiment file and a provenance note, in one folder</translation>
    </message>
    <message>
        <source>Save plot as…</source>
        <translation>Save plot as…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>Save %1 figure</source>
        <translation>Save %1 figure</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>the clipboard</translation>
    </message>
    <message>
        <source>There is no training run yet: train first (Training tab, Run).</source>
        <translation>There is no training run yet: train first (Training tab, Run).</translation>
    </message>
    <message>
        <source>No weight scale has finished yet: run the batch norm sweep first (Training tab).</source>
        <translation>No weight scale has finished yet: run the batch norm sweep first (Training tab).</translation>
    </message>
    <message>
        <source>%1 (%2 files)</source>
        <translation>%1 (%2 files)</translation>
    </message>
</context>
<context>
    <name>initscope::ui::ExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>The file&apos;s extension picks the format: .png, .svg or .pdf.</source>
        <translation>The file&apos;s extension picks the format: .png, .svg or .pdf.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width of the figure in logical pixels (points in a PDF).</source>
        <translation>Width of the figure in logical pixels (points in a PDF).</translation>
    </message>
    <message>
        <source>Height of the figure in logical pixels (points in a PDF).</source>
        <translation>Height of the figure in logical pixels (points in a PDF).</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>1× (screen)</source>
        <translation>1× (screen)</translation>
    </message>
    <message>
        <source>2× (sharp on slides and HiDPI)</source>
        <translation>2× (sharp on slides and HiDPI)</translation>
    </message>
    <message>
        <source>3× (print)</source>
        <translation>3× (print)</translation>
    </message>
    <message>
        <source>PNG pixel density: a 2× image has twice the pixels in each direction.</source>
        <translation>PNG pixel density: a 2× image has twice the pixels in each direction.</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG scale</translation>
    </message>
    <message>
        <source>Size for print</source>
        <translation>Size for print</translation>
    </message>
    <message>
        <source>Draw the figure at a physical width with text of a given size, for a handout or a paper.</source>
        <translation>Draw the figure at a physical width with text of a given size, for a handout or a paper.</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>Width on paper (16 cm: a column of A4 or Letter text; 8 cm: one of two columns).</source>
        <translation>Width on paper (16 cm: a column of A4 or Letter text; 8 cm: one of two columns).</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Size of the figure&apos;s text on paper.</source>
        <translation>Size of the figure&apos;s text on paper.</translation>
    </message>
    <message>
        <source>Width on paper</source>
        <translation>Width on paper</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>initscope::ui::FileActions</name>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>&amp;Open experiment…</translation>
    </message>
    <message>
        <source>Open a saved experiment: every setting is restored</source>
        <translation>Open a saved experiment: every setting is restored</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Save experiment</source>
        <translation>&amp;Save experiment</translation>
    </message>
    <message>
        <source>Save experiment &amp;as…</source>
        <translation>Save experiment &amp;as…</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Open experiment</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>Save experiment</translation>
    </message>
    <message>
        <source>experiment.json</source>
        <translation>experiment.json</translation>
    </message>
    <message>
        <source>InitScope experiments (*.json)</source>
        <translation>InitScope experiments (*.json)</translation>
    </message>
</context>
<context>
    <name>initscope::ui::FormulaPanel</name>
    <message>
        <source>Click an initializer in Settings to see its formula.</source>
        <translation>Click an initializer in Settings to see its formula.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Distribution&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;Variance&lt;/b&gt;: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Distribution&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;Variance&lt;/b&gt;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;For the first layer&lt;/b&gt; (%1 → %2 units):&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;For the first layer&lt;/b&gt; (%1 → %2 units):&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Why&lt;/b&gt;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Paper&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Paper&lt;/b&gt;: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>initscope::ui::HelpMenu</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>InitScope guide</source>
        <translation>InitScope guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Getting &amp;MNIST</source>
        <translation>Getting &amp;MNIST</translation>
    </message>
    <message>
        <source>Getting MNIST</source>
        <translation>Getting MNIST</translation>
    </message>
    <message>
        <source>&amp;About InitScope</source>
        <translation>&amp;About InitScope</translation>
    </message>
    <message>
        <source>About InitScope</source>
        <translation>About InitScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InitScope in five steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Pick an activation and initializers&lt;/b&gt; in Settings (left). Every row of histograms is one network, every column one hidden layer; the numbers under each histogram are its mean (μ), standard deviation (σ), and the share of saturated or dead units.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Show&lt;/b&gt; switches the histograms to pre-activations, the gradients sent back (dL/dA) or the weight gradients (dL/dW): the backward pass the book&apos;s argument rests on. The depth profile beside them draws every layer&apos;s σ in both directions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;View → Theory&lt;/b&gt; (Ctrl+T) draws what mean-field theory predicts on every histogram; the Phase diagram tab shows where each initializer sits between order and chaos.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Training&lt;/b&gt; tab trains one network per initializer (Run: Space) and shows the loss, the update ratio, layer × time heat maps and histograms over time; its Experiment box switches to the batch-normalization sweep.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lessons&lt;/b&gt; steps through chapter 6 as a story; &lt;b&gt;File → Export&lt;/b&gt; writes any figure as PNG, SVG or PDF, and Export all writes everything.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Hover any histogram, curve or cell for its numbers. F5 is presentation mode for a projector.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InitScope in five steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Pick an activation and initializers&lt;/b&gt; in Settings (left). Every row of histograms is one network, every column one hidden layer; the numbers under each histogram are its mean (μ), standard deviation (σ), and the share of saturated or dead units.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Show&lt;/b&gt; switches the histograms to pre-activations, the gradients sent back (dL/dA) or the weight gradients (dL/dW): the backward pass the book&apos;s argument rests on. The depth profile beside them draws every layer&apos;s σ in both directions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;View → Theory&lt;/b&gt; (Ctrl+T) draws what mean-field theory predicts on every histogram; the Phase diagram tab shows where each initializer sits between order and chaos.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Training&lt;/b&gt; tab trains one network per initializer (Run: Space) and shows the loss, the update ratio, layer × time heat maps and histograms over time; its Experiment box switches to the batch-normalization sweep.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lessons&lt;/b&gt; steps through chapter 6 as a story; &lt;b&gt;File → Export&lt;/b&gt; writes any figure as PNG, SVG or PDF, and Export all writes everything.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Hover any histogram, curve or cell for its numbers. F5 is presentation mode for a projector.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Space is Run/Pause anywhere but where it types or ticks; ← and → step the lesson anywhere but in a field, list or slider.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Space is Run/Pause anywhere but where it types or ticks; ← and → step the lesson anywhere but in a field, list or slider.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting MNIST&lt;/h3&gt;&lt;p&gt;The Training tab and &lt;code&gt;initscope train&lt;/code&gt; read the four MNIST files in their original format (gzipped or not):&lt;/p&gt;&lt;p&gt;&lt;code&gt;train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz,&lt;br&gt;t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Put them in &lt;code&gt;~/.local/share/initscope/mnist&lt;/code&gt;, or in any folder named by the environment variable &lt;code&gt;INITSCOPE_MNIST&lt;/code&gt;, then choose the dataset &lt;b&gt;mnist&lt;/b&gt;. A folder of your own can also be chosen in Settings → Training → Dataset.&lt;/p&gt;&lt;p&gt;Until then, a run that asks for &lt;b&gt;mnist&lt;/b&gt; trains on Fashion-MNIST instead (Debian&apos;s &lt;code&gt;dataset-fashion-mnist&lt;/code&gt; package, which InitScope&apos;s package recommends) and says so; every experiment runs on it the same way. Pick &lt;b&gt;fashion-mnist&lt;/b&gt; to choose it yourself.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Getting MNIST&lt;/h3&gt;&lt;p&gt;The Training tab and &lt;code&gt;initscope train&lt;/code&gt; read the four MNIST files in their original format (gzipped or not):&lt;/p&gt;&lt;p&gt;&lt;code&gt;train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz,&lt;br&gt;t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Put them in &lt;code&gt;~/.local/share/initscope/mnist&lt;/code&gt;, or in any folder named by the environment variable &lt;code&gt;INITSCOPE_MNIST&lt;/code&gt;, then choose the dataset &lt;b&gt;mnist&lt;/b&gt;. A folder of your own can also be chosen in Settings → Training → Dataset.&lt;/p&gt;&lt;p&gt;Until then, a run that asks for &lt;b&gt;mnist&lt;/b&gt; trains on Fashion-MNIST instead (Debian&apos;s &lt;code&gt;dataset-fashion-mnist&lt;/code&gt; package, which InitScope&apos;s package recommends) and says so; every experiment runs on it the same way. Pick &lt;b&gt;fashion-mnist&lt;/b&gt; to choose it yourself.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InitScope %1&lt;/h3&gt;&lt;p&gt;How weight initialization shapes deep networks, layer by layer: chapter 6 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (밑바닥부터 시작하는 딥러닝), measured, explained and exportable.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3), QCustomPlot %4, %5.&lt;/p&gt;&lt;p&gt;Engine: %6, the fastest build this processor runs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InitScope %1&lt;/h3&gt;&lt;p&gt;How weight initialization shapes deep networks, layer by layer: chapter 6 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (밑바닥부터 시작하는 딥러닝), measured, explained and exportable.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3), QCustomPlot %4, %5.&lt;/p&gt;&lt;p&gt;Engine: %6, the fastest build this processor runs.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>initscope::ui::HistogramGrid</name>
    <message>
        <source>%1-layer</source>
        <translation>%1-layer</translation>
    </message>
</context>
<context>
    <name>initscope::ui::HistogramSettingsGroup</name>
    <message>
        <source>Histograms</source>
        <translation>Histograms</translation>
    </message>
    <message>
        <source>Number of equal-width bins (the book uses 30).</source>
        <translation>Number of equal-width bins (the book uses 30).</translation>
    </message>
    <message>
        <source>Bins</source>
        <translation>Bins</translation>
    </message>
    <message>
        <source>Automatic (per activation)</source>
        <translation>Automatic (per activation)</translation>
    </message>
    <message>
        <source>Book: (0, 1)</source>
        <translation>Book: (0, 1)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Automatic: (0, 1) for sigmoid, (−1, 1) for tanh, the data&apos;s range otherwise. The book&apos;s (0, 1) hides tanh&apos;s negative half. Values outside the range are counted separately (see a cell&apos;s tooltip).</source>
        <translation>Automatic: (0, 1) for sigmoid, (−1, 1) for tanh, the data&apos;s range otherwise. The book&apos;s (0, 1) hides tanh&apos;s negative half. Values outside the range are counted separately (see a cell&apos;s tooltip).</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Low end of a custom range.</source>
        <translation>Low end of a custom range.</translation>
    </message>
    <message>
        <source>High end of a custom range (must be above the low end).</source>
        <translation>High end of a custom range (must be above the low end).</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Logarithmic</source>
        <translation>Logarithmic</translation>
    </message>
    <message>
        <source>A logarithmic count axis shows the thin tails next to a tall peak.</source>
        <translation>A logarithmic count axis shows the thin tails next to a tall peak.</translation>
    </message>
    <message>
        <source>Shared across a row</source>
        <translation>Shared across a row</translation>
    </message>
    <message>
        <source>Per cell</source>
        <translation>Per cell</translation>
    </message>
    <message>
        <source>Shared: one count scale per initializer, so layers compare directly (y labels on the first cell, as the book draws it). Per cell: each histogram fills its own plot.</source>
        <translation>Shared: one count scale per initializer, so layers compare directly (y labels on the first cell, as the book draws it). Per cell: each histogram fills its own plot.</translation>
    </message>
    <message>
        <source>Y axis</source>
        <translation>Y axis</translation>
    </message>
    <message>
        <source>Y scale</source>
        <translation>Y scale</translation>
    </message>
    <message>
        <source>Shared by all cells</source>
        <translation>Shared by all cells</translation>
    </message>
    <message>
        <source>Per cell: each histogram spans its own values. Shared: one x range for a row or for every cell, so a layer whose values are 1000 times smaller looks 1000 times narrower — how vanishing gradients look.</source>
        <translation>Per cell: each histogram spans its own values. Shared: one x range for a row or for every cell, so a layer whose values are 1000 times smaller looks 1000 times narrower — how vanishing gradients look.</translation>
    </message>
    <message>
        <source>X scale</source>
        <translation>X scale</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Theory</translation>
    </message>
    <message>
        <source>Draw mean-field theory&apos;s prediction on every histogram (a thin dark curve, and its mean ± standard deviation as a bar with three dots) and as dashed lines in the depth profile.</source>
        <translation>Draw mean-field theory&apos;s prediction on every histogram (a thin dark curve, and its mean ± standard deviation as a bar with three dots) and as dashed lines in the depth profile.</translation>
    </message>
</context>
<context>
    <name>initscope::ui::HistogramTimeView</name>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>The hidden layer whose histograms are stacked over time</source>
        <translation>The hidden layer whose histograms are stacked over time</translation>
    </message>
    <message>
        <source>Top: each snapshot&apos;s histogram, the oldest at the back (top, faint), the newest in front (bottom); each scaled to its own peak. Bottom: the percentiles over time — shaded 1–99 %, 5–95 % and 25–75 %, the line the median.</source>
        <translation>Top: each snapshot&apos;s histogram, the oldest at the back (top, faint), the newest in front (bottom); each scaled to its own peak. Bottom: the percentiles over time — shaded 1–99 %, 5–95 % and 25–75 %, the line the median.</translation>
    </message>
    <message>
        <source>Layer %1, %2 over time: histograms (top) and percentiles (bottom)</source>
        <translation>Layer %1, %2 over time: histograms (top) and percentiles (bottom)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteration</translation>
    </message>
    <message>
        <source>activations A</source>
        <translation>activations A</translation>
    </message>
    <message>
        <source>gradients dL/dA</source>
        <translation>gradients dL/dA</translation>
    </message>
    <message>
        <source>weights W</source>
        <translation>weights W</translation>
    </message>
    <message>
        <source>weight gradients dL/dW</source>
        <translation>weight gradients dL/dW</translation>
    </message>
</context>
<context>
    <name>initscope::ui::InitializerList</name>
    <message>
        <source>Initializers</source>
        <translation>Initializers</translation>
    </message>
    <message>
        <source>Custom σ</source>
        <translation>Custom σ</translation>
    </message>
    <message>
        <source>Tick the initializers to compare: one row of histograms each.</source>
        <translation>Tick the initializers to compare: one row of histograms each.</translation>
    </message>
    <message>
        <source>σ of a normal N(0, σ²) initializer, from 0.001 to 10 on a logarithmic scale. The plots follow while you drag.</source>
        <translation>σ of a normal N(0, σ²) initializer, from 0.001 to 10 on a logarithmic scale. The plots follow while you drag.</translation>
    </message>
    <message>
        <source>Add a row for a normal initializer with the σ chosen on the slider.</source>
        <translation>Add a row for a normal initializer with the σ chosen on the slider.</translation>
    </message>
    <message>
        <source>σ = %1</source>
        <translation>σ = %1</translation>
    </message>
    <message>
        <source>%1
for a layer of %2 → %3 units: %4</source>
        <translation>%1
for a layer of %2 → %3 units: %4</translation>
    </message>
</context>
<context>
    <name>initscope::ui::JacobianView</name>
    <message>
        <source>Input–output Jacobian: singular values</source>
        <translation>Input–output Jacobian: singular values</translation>
    </message>
    <message>
        <source>singular value σᵢ of ∂A_L/∂A_0 (log scale)</source>
        <translation>singular value σᵢ of ∂A_L/∂A_0 (log scale)</translation>
    </message>
    <message>
        <source>how many</source>
        <translation>how many</translation>
    </message>
    <message>
        <source>For the first input sample: how the network stretches or squeezes each direction on the way from input to output. Near 1 everywhere (orthogonal weights at the edge of chaos): every direction&apos;s gradient passes alike. Spread over decades: some directions vanish, others explode.</source>
        <translation>For the first input sample: how the network stretches or squeezes each direction on the way from input to output. Near 1 everywhere (orthogonal weights at the edge of chaos): every direction&apos;s gradient passes alike. Spread over decades: some directions vanish, others explode.</translation>
    </message>
    <message>
        <source>No Jacobian here: %1.</source>
        <translation>No Jacobian here: %1.</translation>
    </message>
    <message>
        <source>One input; the line at σ = 1 is a network that neither stretches nor squeezes.</source>
        <translation>One input; the line at σ = 1 is a network that neither stretches nor squeezes.</translation>
    </message>
    <message>
        <source>σ = 1</source>
        <translation>σ = 1</translation>
    </message>
</context>
<context>
    <name>initscope::ui::LayerHeatMap</name>
    <message>
        <source>Color shows</source>
        <translation>Color shows</translation>
    </message>
    <message>
        <source>The statistic each cell&apos;s color shows, for every hidden layer (rows) at every snapshot (columns), on the fixed probe batch. Standard deviations on a log scale, shares 0–100 %.</source>
        <translation>The statistic each cell&apos;s color shows, for every hidden layer (rows) at every snapshot (columns), on the fixed probe batch. Standard deviations on a log scale, shares 0–100 %.</translation>
    </message>
    <message>
        <source>Layer × time: %1, on the probe batch</source>
        <translation>Layer × time: %1, on the probe batch</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteration</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation>hidden layer</translation>
    </message>
    <message>
        <source>Layer × time: %1 — not measured for this activation</source>
        <translation>Layer × time: %1 — not measured for this activation</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, layer %2, iteration %3&lt;br&gt;%4: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, layer %2, iteration %3&lt;br&gt;%4: %5</translation>
    </message>
    <message>
        <source>std of activations A</source>
        <translation>std of activations A</translation>
    </message>
    <message>
        <source>saturated activations, %</source>
        <translation>saturated activations, %</translation>
    </message>
    <message>
        <source>dead activations (exactly 0), %</source>
        <translation>dead activations (exactly 0), %</translation>
    </message>
    <message>
        <source>std of gradients dL/dA</source>
        <translation>std of gradients dL/dA</translation>
    </message>
    <message>
        <source>std of weights W</source>
        <translation>std of weights W</translation>
    </message>
    <message>
        <source>std of weight gradients dL/dW</source>
        <translation>std of weight gradients dL/dW</translation>
    </message>
</context>
<context>
    <name>initscope::ui::LessonController</name>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Open lesson file…</translation>
    </message>
    <message>
        <source>Show the &amp;lesson panel</source>
        <translation>Show the &amp;lesson panel</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Open lesson</translation>
    </message>
    <message>
        <source>InitScope lessons (*.json)</source>
        <translation>InitScope lessons (*.json)</translation>
    </message>
</context>
<context>
    <name>initscope::ui::LessonPanel</name>
    <message>
        <source>Try it:</source>
        <translation>Try it:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>The previous step (PageUp or ←)</source>
        <translation>The previous step (PageUp or ←)</translation>
    </message>
    <message>
        <source>The next step (PageDown or →)</source>
        <translation>The next step (PageDown or →)</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>Open a lesson file…</translation>
    </message>
    <message>
        <source>A lesson of your own: a JSON file of steps, each a preset and a caption (see resources/lessons/)</source>
        <translation>A lesson of your own: a JSON file of steps, each a preset and a caption (see resources/lessons/)</translation>
    </message>
    <message>
        <source>%1 / %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation>No lesson open</translation>
    </message>
    <message>
        <source>Choose a lesson in the Lessons menu, or open a lesson file.</source>
        <translation>Choose a lesson in the Lessons menu, or open a lesson file.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>initscope::ui::LossPlot</name>
    <message>
        <source>Training loss</source>
        <translation>Training loss</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>iterations</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>test accuracy</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;: %3 (smoothed %4)</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;: %3 (smoothed %4)</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>%1 diverged at iteration %2</source>
        <translation>%1 diverged at iteration %2</translation>
    </message>
</context>
<context>
    <name>initscope::ui::MainWindow</name>
    <message>
        <source>InitScope — weight initialization, layer by layer</source>
        <translation>InitScope — weight initialization, layer by layer</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>The book&apos;s first experiment: every layer&apos;s activations at initialization.</source>
        <translation>The book&apos;s first experiment: every layer&apos;s activations at initialization.</translation>
    </message>
    <message>
        <source>The book&apos;s second experiment, train one network per initializer on MNIST, and its next lesson, batch normalization across weight scales.</source>
        <translation>The book&apos;s second experiment, train one network per initializer on MNIST, and its next lesson, batch normalization across weight scales.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>activations</translation>
    </message>
    <message>
        <source>depth-profile</source>
        <translation>depth-profile</translation>
    </message>
    <message>
        <source>phase-diagram</source>
        <translation>phase-diagram</translation>
    </message>
    <message>
        <source>jacobian</source>
        <translation>jacobian</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>batch-norm</source>
        <translation>batch-norm</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>update-ratio</source>
        <translation>update-ratio</translation>
    </message>
    <message>
        <source>layer-heat-map</source>
        <translation>layer-heat-map</translation>
    </message>
    <message>
        <source>over-time</source>
        <translation>over-time</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Train, pause or resume (Space — anywhere but in a text field, list, box or button, where Space types or ticks)</source>
        <translation>Train, pause or resume (Space — anywhere but in a text field, list, box or button, where Space types or ticks)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Run to the next snapshot, then pause (.)</source>
        <translation>Run to the next snapshot, then pause (.)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop training (Esc)</source>
        <translation>Stop training (Esc)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Stop and clear the training plots (Ctrl+R)</source>
        <translation>Stop and clear the training plots (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Presets</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Book style</source>
        <translation>&amp;Book style</translation>
    </message>
    <message>
        <source>Draw histograms as the book does: titles &quot;1-layer&quot;…, y ticks on the first panel only, no summaries</source>
        <translation>Draw histograms as the book does: titles &quot;1-layer&quot;…, y ticks on the first panel only, no summaries</translation>
    </message>
    <message>
        <source>&amp;Theory</source>
        <translation>&amp;Theory</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Mean-field theory&apos;s prediction on every histogram and in the depth profile</source>
        <translation>Mean-field theory&apos;s prediction on every histogram and in the depth profile</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>The window cannot show these values exactly and changed them: %1. Save the experiment to keep the new values, or edit the file.</source>
        <translation>The window cannot show these values exactly and changed them: %1. Save the experiment to keep the new values, or edit the file.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Computing these settings takes about %1 s…</source>
        <translation>Computing these settings takes about %1 s…</translation>
    </message>
    <message>
        <source>Custom initializer %1 (σ_w² = %2), biases %3</source>
        <translation>Custom initializer %1 (σ_w² = %2), biases %3</translation>
    </message>
    <message>
        <source>Choose a dataset folder in Settings → Training, or pick fashion-mnist.</source>
        <translation>Choose a dataset folder in Settings → Training, or pick fashion-mnist.</translation>
    </message>
    <message>
        <source>Correct the setting named above in the file and open it again.</source>
        <translation>Correct the setting named above in the file and open it again.</translation>
    </message>
    <message>
        <source>Check the file named above.</source>
        <translation>Check the file named above.</translation>
    </message>
    <message>
        <source>Correct the setting named above and try again.</source>
        <translation>Correct the setting named above and try again.</translation>
    </message>
    <message>
        <source>Make the network or the input smaller, or compare fewer initializers.</source>
        <translation>Make the network or the input smaller, or compare fewer initializers.</translation>
    </message>
    <message>
        <source>This is a fault in InitScope; the rest of the window keeps working.</source>
        <translation>This is a fault in InitScope; the rest of the window keeps working.</translation>
    </message>
    <message>
        <source>Unsaved experiment</source>
        <translation>Unsaved experiment</translation>
    </message>
    <message>
        <source>The experiment&apos;s settings have changed since they were last saved. Save them before closing?</source>
        <translation>The experiment&apos;s settings have changed since they were last saved. Save them before closing?</translation>
    </message>
    <message>
        <source>The last session ended before it could show its remembered experiment, so InitScope started with the default experiment instead.</source>
        <translation>The last session ended before it could show its remembered experiment, so InitScope started with the default experiment instead.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <source>Tried: %1</source>
        <translation>Tried: %1</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>&amp;Formula panel</source>
        <translation>&amp;Formula panel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>MNIST was not found, so this run trains on Fashion-MNIST (%1): the same format, clothing instead of digits. To train on MNIST, see Help → Getting MNIST.</source>
        <translation>MNIST was not found, so this run trains on Fashion-MNIST (%1): the same format, clothing instead of digits. To train on MNIST, see Help → Getting MNIST.</translation>
    </message>
</context>
<context>
    <name>initscope::ui::MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Dismiss this message</translation>
    </message>
</context>
<context>
    <name>initscope::ui::NetworkShapeGroup</name>
    <message>
        <source>1 seed</source>
        <translation>1 seed</translation>
    </message>
    <message>
        <source>%1 seeds</source>
        <translation>%1 seeds</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Hidden layers</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch norm</translation>
    </message>
    <message>
        <source>Biases</source>
        <translation>Biases</translation>
    </message>
    <message>
        <source>Number of hidden layers (1–%1). Each gets its own histogram column.</source>
        <translation>Number of hidden layers (1–%1). Each gets its own histogram column.</translation>
    </message>
    <message>
        <source>Units in every hidden layer (1–%1). To give each layer its own width, list them under Widths.</source>
        <translation>Units in every hidden layer (1–%1). To give each layer its own width, list them under Widths.</translation>
    </message>
    <message>
        <source>Every hidden layer&apos;s width, first to last, e.g. &quot;300, 100, 50&quot;. Each initializer computes its σ from the layer&apos;s own n_in and n_out.</source>
        <translation>Every hidden layer&apos;s width, first to last, e.g. &quot;300, 100, 50&quot;. Each initializer computes its σ from the layer&apos;s own n_in and n_out.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Depth</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Widths</source>
        <translation>Widths</translation>
    </message>
    <message>
        <source>Rows of the N(0, 1) input. Every layer&apos;s histogram counts samples × width values.</source>
        <translation>Rows of the N(0, 1) input. Every layer&apos;s histogram counts samples × width values.</translation>
    </message>
    <message>
        <source>Input samples</source>
        <translation>Input samples</translation>
    </message>
    <message>
        <source>Seed of the random numbers: the same seed gives the same input, weights and batches.</source>
        <translation>Seed of the random numbers: the same seed gives the same input, weights and batches.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Repeat the experiment with the seeds seed + 1, seed + 2, …: the depth profile then draws the median over the seeds and the band from the 5th to the 95th percentile, and the cell summaries give the medians. The histograms stay the first seed&apos;s network. How far does one network of this width stray from the typical one?</source>
        <translation>Repeat the experiment with the seeds seed + 1, seed + 2, …: the depth profile then draws the median over the seeds and the band from the 5th to the 95th percentile, and the cell summaries give the medians. The histograms stay the first seed&apos;s network. How far does one network of this width stray from the typical one?</translation>
    </message>
    <message>
        <source>Repeat over</source>
        <translation>Repeat over</translation>
    </message>
    <message>
        <source>Batch normalization after every hidden dense layer, before the activation: each unit is normalized to mean 0 and variance 1 over the batch, then scaled by a learned γ and shifted by β (the book&apos;s layer, ε = 1e-6).</source>
        <translation>Batch normalization after every hidden dense layer, before the activation: each unit is normalized to mean 0 and variance 1 over the batch, then scaled by a learned γ and shifted by β (the book&apos;s layer, ε = 1e-6).</translation>
    </message>
    <message>
        <source>Add a bias to every dense layer. At zero (the book&apos;s start) they change nothing at initialization; in training they are learned.</source>
        <translation>Add a bias to every dense layer. At zero (the book&apos;s start) they change nothing at initialization; in training they are learned.</translation>
    </message>
    <message>
        <source>How biases start: &quot;zeros&quot;, or &quot;normal=0.1&quot; for N(0, 0.1²).</source>
        <translation>How biases start: &quot;zeros&quot;, or &quot;normal=0.1&quot; for N(0, 0.1²).</translation>
    </message>
    <message>
        <source>Bias start</source>
        <translation>Bias start</translation>
    </message>
    <message>
        <source>Give 1 to %1 whole numbers from 1 to %2, separated by commas; not applied.</source>
        <translation>Give 1 to %1 whole numbers from 1 to %2, separated by commas; not applied.</translation>
    </message>
</context>
<context>
    <name>initscope::ui::PhaseDiagramView</name>
    <message>
        <source>Order and chaos</source>
        <translation>Order and chaos</translation>
    </message>
    <message>
        <source>σ_w² = n_in·Var(W)  (log scale)</source>
        <translation>σ_w² = n_in·Var(W)  (log scale)</translation>
    </message>
    <message>
        <source>σ_b² (bias variance)</source>
        <translation>σ_b² (bias variance)</translation>
    </message>
    <message>
        <source>log₁₀ χ₁</source>
        <translation>log₁₀ χ₁</translation>
    </message>
    <message>
        <source>critical line χ₁ = 1</source>
        <translation>critical line χ₁ = 1</translation>
    </message>
    <message>
        <source>Where each initializer sits between order (blue: gradients shrink layer by layer) and chaos (red: they grow). The black line is χ₁ = 1, the edge of chaos. Click to try a custom initializer there.</source>
        <translation>Where each initializer sits between order (blue: gradients shrink layer by layer) and chaos (red: they grow). The black line is χ₁ = 1, the edge of chaos. Click to try a custom initializer there.</translation>
    </message>
    <message>
        <source>Order and chaos: %1</source>
        <translation>Order and chaos: %1</translation>
    </message>
    <message>
        <source>σ_w² = %1, σ_b² = %2</source>
        <translation>σ_w² = %1, σ_b² = %2</translation>
    </message>
    <message>
        <source>q* = %1, χ₁ = %2</source>
        <translation>q* = %1, χ₁ = %2</translation>
    </message>
    <message>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <source>critical: gradients keep their size</source>
        <translation>critical: gradients keep their size</translation>
    </message>
    <message>
        <source>ordered: gradients shrink ×%1 per layer (÷e every %2 layers)</source>
        <translation>ordered: gradients shrink ×%1 per layer (÷e every %2 layers)</translation>
    </message>
    <message>
        <source>chaotic: gradients grow ×%1 per layer (×e every %2 layers)</source>
        <translation>chaotic: gradients grow ×%1 per layer (×e every %2 layers)</translation>
    </message>
    <message>
        <source>Click: a custom initializer here</source>
        <translation>Click: a custom initializer here</translation>
    </message>
</context>
<context>
    <name>initscope::ui::PresentationMode</name>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Leave presentation</translation>
    </message>
    <message>
        <source>Settings strip</source>
        <translation>Settings strip</translation>
    </message>
    <message>
        <source>For a projector: full screen, the settings folded away, every plot&apos;s text and lines ×1.6, the lesson&apos;s caption as a title (F5; Esc leaves)</source>
        <translation>For a projector: full screen, the settings folded away, every plot&apos;s text and lines ×1.6, the lesson&apos;s caption as a title (F5; Esc leaves)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Show or hide the settings</source>
        <translation>Show or hide the settings</translation>
    </message>
</context>
<context>
    <name>initscope::ui::RunStatus</name>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Weight scales finished: %1 / %2</source>
        <translation>Weight scales finished: %1 / %2</translation>
    </message>
    <message>
        <source>Iteration %1 / %2</source>
        <translation>Iteration %1 / %2</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · paused</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · about %1 s left</translation>
    </message>
    <message>
        <source> · %1 it/s · %2 s left</source>
        <translation> · %1 it/s · %2 s left</translation>
    </message>
</context>
<context>
    <name>initscope::ui::TrainingController</name>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>Training on %1…</source>
        <translation>Training on %1…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Finished in %1 s.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>Training failed.</translation>
    </message>
    <message>
        <source>Training could not start: see the message above.</source>
        <translation>Training could not start: see the message above.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Step: training runs to the first snapshot (iteration %1), then pauses.</source>
        <translation>Step: training runs to the first snapshot (iteration %1), then pauses.</translation>
    </message>
    <message>
        <source>Press Run (Space) to train one network per initializer on the same mini-batches.</source>
        <translation>Press Run (Space) to train one network per initializer on the same mini-batches.</translation>
    </message>
</context>
<context>
    <name>initscope::ui::TrainingModePage</name>
    <message>
        <source>Compare initializers (fig. 6-15)</source>
        <translation>Compare initializers (fig. 6-15)</translation>
    </message>
    <message>
        <source>Batch norm sweep (fig. 6-18, 6-19)</source>
        <translation>Batch norm sweep (fig. 6-18, 6-19)</translation>
    </message>
    <message>
        <source>What the Training tab trains: one network per initializer on MNIST, or the book&apos;s network with and without batch normalization for a range of weight scales.</source>
        <translation>What the Training tab trains: one network per initializer on MNIST, or the book&apos;s network with and without batch normalization for a range of weight scales.</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
</context>
<context>
    <name>initscope::ui::TrainingSettingsGroup</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>A folder with the four MNIST-format IDX files, or a name: &apos;mnist&apos; ($INITSCOPE_MNIST or ~/.local/share/initscope/mnist) or &apos;fashion-mnist&apos; (Debian&apos;s dataset-fashion-mnist package).</source>
        <translation>A folder with the four MNIST-format IDX files, or a name: &apos;mnist&apos; ($INITSCOPE_MNIST or ~/.local/share/initscope/mnist) or &apos;fashion-mnist&apos; (Debian&apos;s dataset-fashion-mnist package).</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a dataset folder</source>
        <translation>Choose a dataset folder</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>The update rule (the book: SGD).</source>
        <translation>The update rule (the book: SGD).</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Learning rate η. The book&apos;s: 0.01 for SGD, Momentum and AdaGrad, 0.001 for Adam; choosing an optimizer sets its rate. Too large a rate makes training diverge.</source>
        <translation>Learning rate η. The book&apos;s: 0.01 for SGD, Momentum and AdaGrad, 0.001 for Adam; choosing an optimizer sets its rate. Too large a rate makes training diverge.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>Images per mini-batch, drawn with replacement (the book: 128).</source>
        <translation>Images per mini-batch, drawn with replacement (the book: 128).</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <source>Mini-batch updates per network (the book: 2000).</source>
        <translation>Mini-batch updates per network (the book: 2000).</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterations</translation>
    </message>
    <message>
        <source>Every this many iterations: test accuracy and fresh histograms.</source>
        <translation>Every this many iterations: test accuracy and fresh histograms.</translation>
    </message>
    <message>
        <source>Snapshot every</source>
        <translation>Snapshot every</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Dataset folder</translation>
    </message>
</context>
<context>
    <name>initscope::ui::TrainingView</name>
    <message>
        <source>Faint: each mini-batch; bold: smoothed.</source>
        <translation>Faint: each mini-batch; bold: smoothed.</translation>
    </message>
    <message>
        <source>Smoothing window</source>
        <translation>Smoothing window</translation>
    </message>
    <message>
        <source>Points in the Kaiser window that smooths the bold curves (the book: 11).</source>
        <translation>Points in the Kaiser window that smooths the bold curves (the book: 11).</translation>
    </message>
    <message>
        <source>Scrub back through earlier snapshots: every view follows (the grid, the marks on the curves, the heat maps&apos; and the histograms&apos; highlighted iteration). At the right end they follow training live.</source>
        <translation>Scrub back through earlier snapshots: every view follows (the grid, the marks on the curves, the heat maps&apos; and the histograms&apos; highlighted iteration). At the right end they follow training live.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per layer&lt;/b&gt;, on a fixed probe batch:</source>
        <translation>&lt;b&gt;Per layer&lt;/b&gt;, on a fixed probe batch:</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Gradients dL/dA</source>
        <translation>Gradients dL/dA</translation>
    </message>
    <message>
        <source>Weights W</source>
        <translation>Weights W</translation>
    </message>
    <message>
        <source>Weight gradients dL/dW</source>
        <translation>Weight gradients dL/dW</translation>
    </message>
    <message>
        <source>What the grid&apos;s histograms show: each hidden layer&apos;s activations A; the gradient dL/dA reaching it (watch it vanish or explode); its weights W; or their gradient dL/dW on the probe batch.</source>
        <translation>What the grid&apos;s histograms show: each hidden layer&apos;s activations A; the gradient dL/dA reaching it (watch it vanish or explode); its weights W; or their gradient dL/dW on the probe batch.</translation>
    </message>
    <message>
        <source>Per layer</source>
        <translation>Per layer</translation>
    </message>
    <message>
        <source>Update ratio</source>
        <translation>Update ratio</translation>
    </message>
    <message>
        <source>Layer × time</source>
        <translation>Layer × time</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>How big each step is against the weights, per layer: log₁₀ std(ΔW)/std(W). Around −3 (Karpathy&apos;s rule of thumb) a layer learns at a healthy pace; far below, it hardly moves.</source>
        <translation>How big each step is against the weights, per layer: log₁₀ std(ΔW)/std(W). Around −3 (Karpathy&apos;s rule of thumb) a layer learns at a healthy pace; far below, it hardly moves.</translation>
    </message>
    <message>
        <source>One statistic of every layer at every snapshot: when and where units die, saturate or gradients fade.</source>
        <translation>One statistic of every layer at every snapshot: when and where units die, saturate or gradients fade.</translation>
    </message>
    <message>
        <source>One layer&apos;s histograms stacked over the snapshots, and its percentiles over time.</source>
        <translation>One layer&apos;s histograms stacked over the snapshots, and its percentiles over time.</translation>
    </message>
    <message>
        <source>Press Run (Space) to train one network per initializer on the same mini-batches.</source>
        <translation>Press Run (Space) to train one network per initializer on the same mini-batches.</translation>
    </message>
    <message>
        <source>Training loss on %1</source>
        <translation>Training loss on %1</translation>
    </message>
    <message>
        <source>Loading the dataset…</source>
        <translation>Loading the dataset…</translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation>No snapshot yet</translation>
    </message>
    <message>
        <source>Iteration %1 (live)</source>
        <translation>Iteration %1 (live)</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>acc %1%</source>
        <translation>acc %1%</translation>
    </message>
    <message>
        <source>diverged at %1</source>
        <translation>diverged at %1</translation>
    </message>
    <message>
        <source>dense %1: %2</source>
        <translation>dense %1: %2</translation>
    </message>
    <message>
        <source>σ %1</source>
        <translation>σ %1</translation>
    </message>
    <message>
        <source>%1 — layer %2, %3, iteration %4</source>
        <translation>%1 — layer %2, %3, iteration %4</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Layer %1</translation>
    </message>
</context>
<context>
    <name>initscope::ui::UpdateRatioPlot</name>
    <message>
        <source>Update : data ratio per step, log₁₀ std(ΔW)/std(W) (dashed: 10⁻³, the rule of thumb)</source>
        <translation>Update : data ratio per step, log₁₀ std(ΔW)/std(W) (dashed: 10⁻³, the rule of thumb)</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>iterations</translation>
    </message>
    <message>
        <source>log₁₀ update:data</source>
        <translation>log₁₀ update:data</translation>
    </message>
    <message>
        <source>10⁻³</source>
        <translation>10⁻³</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2, iteration %3&lt;br&gt;update:data %4 (log₁₀ %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2, iteration %3&lt;br&gt;update:data %4 (log₁₀ %5)</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>layer %1</translation>
    </message>
</context>
</TS>
