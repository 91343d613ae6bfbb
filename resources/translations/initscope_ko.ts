<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CellText</name>
    <message>
        <source>μ %1 · σ %2</source>
        <translation>μ %1 · σ %2</translation>
    </message>
    <message>
        <source>values up to %1</source>
        <translation>최대 %1까지의 값</translation>
    </message>
    <message>
        <source>saturated %1</source>
        <translation>포화 %1</translation>
    </message>
    <message>
        <source>dead %1</source>
        <translation>죽은 뉴런 %1</translation>
    </message>
    <message>
        <source>%1 non-finite</source>
        <translation>비유한값 %1</translation>
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
        <translation>시드 %1개에 걸쳐 (중앙값):</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>평균 %1</translation>
    </message>
    <message>
        <source>std %1</source>
        <translation>표준편차 %1</translation>
    </message>
    <message>
        <source>◂ %1 below</source>
        <translation>◂ 아래 %1</translation>
    </message>
    <message>
        <source>%1 above ▸</source>
        <translation>위 %1 ▸</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>값 %1개</translation>
    </message>
    <message>
        <source>mean %1, std %2</source>
        <translation>평균 %1, 표준편차 %2</translation>
    </message>
    <message>
        <source>min %1, max %2</source>
        <translation>최솟값 %1, 최댓값 %2</translation>
    </message>
    <message>
        <source>median %1; 5–95%: %2 … %3</source>
        <translation>중앙값 %1; 5–95%: %2 … %3</translation>
    </message>
    <message>
        <source>saturated: %1</source>
        <translation>포화: %1</translation>
    </message>
    <message>
        <source>dead (exactly 0): %1</source>
        <translation>죽은 뉴런 (정확히 0): %1</translation>
    </message>
    <message>
        <source>histogram: %1 bins on [%2, %3]</source>
        <translation>히스토그램: [%2, %3] 구간에 계급 %1개</translation>
    </message>
    <message>
        <source>below the range: %1</source>
        <translation>범위 아래: %1</translation>
    </message>
    <message>
        <source>above the range: %1</source>
        <translation>범위 위: %1</translation>
    </message>
    <message>
        <source>non-finite (NaN/Inf): %1</source>
        <translation>비유한값 (NaN/Inf): %1</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
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
        <translation>소프트플러스</translation>
    </message>
    <message>
        <source>Linear (identity)</source>
        <translation>선형 (항등 함수)</translation>
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
        <translation>He 균등분포</translation>
    </message>
    <message>
        <source>Glorot normal</source>
        <translation>Glorot 정규분포</translation>
    </message>
    <message>
        <source>Glorot uniform</source>
        <translation>Glorot 균등분포</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun 정규분포</translation>
    </message>
    <message>
        <source>LeCun uniform</source>
        <translation>LeCun 균등분포</translation>
    </message>
    <message>
        <source>LSUV</source>
        <translation>LSUV</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Orthogonal</source>
        <translation>직교</translation>
    </message>
    <message>
        <source>Orthogonal ×%1</source>
        <translation>직교 ×%1</translation>
    </message>
    <message>
        <source>σ fixed</source>
        <translation>σ 고정</translation>
    </message>
    <message>
        <source>a fixed</source>
        <translation>a 고정</translation>
    </message>
    <message>
        <source>W = gain·Q, QR of a Gaussian matrix</source>
        <translation>W = 이득·Q, 가우스 행렬의 QR 분해</translation>
    </message>
    <message>
        <source>orthonormal, then Var(Z) = 1 on data</source>
        <translation>정규 직교 뒤 데이터에서 Var(Z) = 1</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>이득</translation>
    </message>
    <message>
        <source>Figure 6-10: sigmoid, std = 1</source>
        <translation>그림 6-10: 시그모이드, 표준편차 1</translation>
    </message>
    <message>
        <source>Figure 6-11: sigmoid, std = 0.01</source>
        <translation>그림 6-11: 시그모이드, 표준편차 0.01</translation>
    </message>
    <message>
        <source>Figure 6-13: sigmoid, Xavier</source>
        <translation>그림 6-13: 시그모이드, Xavier 초깃값</translation>
    </message>
    <message>
        <source>Figure 6-14: ReLU with std = 0.01, Xavier and He</source>
        <translation>그림 6-14: ReLU, 표준편차 0.01, Xavier, He 초깃값</translation>
    </message>
    <message>
        <source>tanh, Xavier, the book&apos;s (0, 1) range</source>
        <translation>tanh, Xavier 초깃값, 책의 (0, 1) 범위</translation>
    </message>
    <message>
        <source>tanh, Xavier, the full (−1, 1) range</source>
        <translation>tanh, Xavier 초깃값, 전체 (−1, 1) 범위</translation>
    </message>
    <message>
        <source>All four initializers with sigmoid</source>
        <translation>시그모이드에서 초깃값 네 가지 모두</translation>
    </message>
    <message>
        <source>All four initializers with ReLU</source>
        <translation>ReLU에서 초깃값 네 가지 모두</translation>
    </message>
    <message>
        <source>The book&apos;s claim about sigmoid and std = 1, measured</source>
        <translation>시그모이드와 표준편차 1에 대한 책의 주장, 측정해 보기</translation>
    </message>
    <message>
        <source>ReLU: Xavier vs He, backward</source>
        <translation>ReLU: Xavier 대 He, 역전파</translation>
    </message>
    <message>
        <source>Figure 6-15: MNIST, std = 0.01 vs Xavier vs He</source>
        <translation>그림 6-15: MNIST, 표준편차 0.01 대 Xavier 대 He</translation>
    </message>
    <message>
        <source>Figure 6-18: Batch Normalization speeds up learning</source>
        <translation>그림 6-18: 배치 정규화가 학습을 빠르게 한다</translation>
    </message>
    <message>
        <source>Figure 6-19: Batch Normalization across 16 weight scales</source>
        <translation>그림 6-19: 가중치 척도 16가지에서의 배치 정규화</translation>
    </message>
    <message>
        <source>Activations pile up at 0 and 1: the sigmoid saturates and its gradients vanish.</source>
        <translation>활성화값이 0과 1에 몰립니다. 시그모이드가 포화되어 기울기가 소실됩니다.</translation>
    </message>
    <message>
        <source>Activations crowd around 0.5: every unit outputs nearly the same value.</source>
        <translation>활성화값이 0.5 부근에 모입니다. 모든 뉴런이 거의 같은 값을 출력합니다 (표현력 제한).</translation>
    </message>
    <message>
        <source>Xavier&apos;s σ = 1/√n keeps a broad spread of activations in every layer.</source>
        <translation>Xavier 초깃값의 σ = 1/√n은 모든 층에서 활성화값을 넓게 분포시킵니다.</translation>
    </message>
    <message>
        <source>Under ReLU, std = 0.01 vanishes, Xavier drifts towards 0, He keeps its spread.</source>
        <translation>ReLU에서 표준편차 0.01은 소실되고, Xavier는 점점 0으로 치우치며, He는 분포를 유지합니다.</translation>
    </message>
    <message>
        <source>The book&apos;s remark that tanh is symmetric, drawn on (0, 1): the negative half is hidden.</source>
        <translation>tanh가 원점 대칭이라는 책의 설명을 (0, 1)에 그리면 음수 절반이 가려집니다.</translation>
    </message>
    <message>
        <source>The same tanh activations on their whole range: symmetric about 0.</source>
        <translation>같은 tanh 활성화값을 전체 범위에 그리면 0을 중심으로 대칭입니다.</translation>
    </message>
    <message>
        <source>std = 1, std = 0.01, Xavier and He side by side under sigmoid.</source>
        <translation>시그모이드에서 표준편차 1, 0.01, Xavier, He를 나란히.</translation>
    </message>
    <message>
        <source>std = 1, std = 0.01, Xavier and He side by side under ReLU.</source>
        <translation>ReLU에서 표준편차 1, 0.01, Xavier, He를 나란히.</translation>
    </message>
    <message>
        <source>Gradients dL/dA sent back through sigmoid layers: saturation shrinks each unit&apos;s derivative, yet std = 1&apos;s large weights carry the gradient back undiminished; Xavier&apos;s shrinks about 4× per layer.</source>
        <translation>시그모이드 층을 거슬러 전달되는 기울기 dL/dA: 포화는 각 뉴런의 미분을 줄이지만, 표준편차 1의 큰 가중치가 기울기를 줄지 않게 되돌려 보냅니다. Xavier의 기울기는 층마다 약 4배씩 줄어듭니다.</translation>
    </message>
    <message>
        <source>Gradients dL/dA sent back through ReLU layers: Xavier&apos;s shrink layer by layer towards the input, He&apos;s hold their size (the depth profile shows both directions).</source>
        <translation>ReLU 층을 거슬러 전달되는 기울기 dL/dA: Xavier의 기울기는 입력 쪽으로 갈수록 층마다 줄고, He의 기울기는 크기를 유지합니다 (깊이 프로파일이 양방향을 보여 줍니다).</translation>
    </message>
    <message>
        <source>784-100-100-100-100-10, ReLU, SGD lr 0.01, batch 128, 2000 iterations: std = 0.01 never learns, He learns fastest.</source>
        <translation>784-100-100-100-100-10, ReLU, SGD 학습률 0.01, 배치 128, 2000회 반복: 표준편차 0.01은 전혀 학습하지 못하고, He가 가장 빨리 학습합니다.</translation>
    </message>
    <message>
        <source>The book&apos;s network with weights N(0, 0.01²), trained with and without BatchNorm on the same batches: with it, the training accuracy rises far sooner.</source>
        <translation>가중치 N(0, 0.01²)인 책의 신경망을 같은 배치로 배치 정규화를 쓰고, 또 쓰지 않고 학습: 배치 정규화를 쓰면 훈련 정확도가 훨씬 빨리 오릅니다.</translation>
    </message>
    <message>
        <source>w from 1 to 0.0001: without BatchNorm only w ≈ 0.1–0.3 learns; with it every scale does.</source>
        <translation>w를 1부터 0.0001까지: 배치 정규화 없이는 w ≈ 0.1–0.3만 학습되고, 쓰면 모든 척도에서 학습됩니다.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Saturated&lt;/i&gt;: outside (%1, %2), where %3 is nearly flat: its derivative is near 0 and little gradient passes back.</source>
        <translation>&lt;i&gt;포화&lt;/i&gt;: (%1, %2) 밖의 값. 이곳에서 %3 함수는 거의 평평해 미분이 0에 가깝고, 기울기가 거의 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Dead&lt;/i&gt;: exactly 0 (the input was negative): such a unit passes no gradient back.</source>
        <translation>&lt;i&gt;죽은 뉴런&lt;/i&gt;: 정확히 0 (입력이 음수였음). 이런 뉴런은 기울기를 전혀 전달하지 않습니다.</translation>
    </message>
    <message>
        <source>normal N(0, σ²)</source>
        <translation>정규분포 N(0, σ²)</translation>
    </message>
    <message>
        <source>uniform U(−a, a), variance a²/3</source>
        <translation>균등분포 U(−a, a), 분산 a²/3</translation>
    </message>
    <message>
        <source>orthogonal: W = gain·Q, Q from the QR of a Gaussian matrix</source>
        <translation>직교: W = 이득·Q, Q는 가우스 행렬의 QR 분해에서</translation>
    </message>
    <message>
        <source>all zero</source>
        <translation>모두 0</translation>
    </message>
    <message>
        <source>Keeps the variance of each layer&apos;s output equal to its input&apos;s for a linear or tanh-like activation near 0, so activations neither shrink nor grow with depth.</source>
        <translation>선형이나 0 근처의 tanh 같은 활성화 함수에서 각 층 출력의 분산을 입력의 분산과 같게 유지하므로, 층이 깊어져도 활성화값이 줄거나 커지지 않습니다.</translation>
    </message>
    <message>
        <source>Glorot &amp; Bengio 2010 (the book&apos;s &quot;Xavier&quot;: σ = 1/√n)</source>
        <translation>Glorot &amp; Bengio 2010 (책의 &quot;Xavier 초깃값&quot;: σ = 1/√n)</translation>
    </message>
    <message>
        <source>LeCun, Bottou, Orr &amp; Müller 1998, &quot;Efficient BackProp&quot;</source>
        <translation>LeCun, Bottou, Orr &amp; Müller 1998, &quot;Efficient BackProp&quot;</translation>
    </message>
    <message>
        <source>A compromise between keeping the forward signal (1/n_in) and the backward gradient (1/n_out) the same size through every layer.</source>
        <translation>순전파 신호(1/n_in)와 역전파 기울기(1/n_out)의 크기를 모든 층에서 같게 유지하는 것 사이의 절충입니다.</translation>
    </message>
    <message>
        <source>Glorot &amp; Bengio 2010, &quot;Understanding the difficulty of training deep feedforward neural networks&quot;</source>
        <translation>Glorot &amp; Bengio 2010, &quot;Understanding the difficulty of training deep feedforward neural networks&quot;</translation>
    </message>
    <message>
        <source>ReLU zeroes half of its inputs and so halves the variance: twice Xavier&apos;s variance gives it back, layer after layer.</source>
        <translation>ReLU는 입력의 절반을 0으로 만들어 분산을 절반으로 줄입니다. Xavier의 두 배인 분산이 층마다 그것을 되돌립니다.</translation>
    </message>
    <message>
        <source>He, Zhang, Ren &amp; Sun 2015, &quot;Delving deep into rectifiers&quot;</source>
        <translation>He, Zhang, Ren &amp; Sun 2015, &quot;Delving deep into rectifiers&quot;</translation>
    </message>
    <message>
        <source>Every singular value of W is the gain: a linear network passes every direction of the signal and the gradient alike (dynamical isometry).</source>
        <translation>W의 모든 특잇값이 이득과 같습니다. 선형 신경망은 신호와 기울기의 모든 방향을 똑같이 전달합니다 (동역학적 등거리성).</translation>
    </message>
    <message>
        <source>Saxe, McClelland &amp; Ganguli 2014, &quot;Exact solutions to the nonlinear dynamics of learning in deep linear neural networks&quot;</source>
        <translation>Saxe, McClelland &amp; Ganguli 2014, &quot;Exact solutions to the nonlinear dynamics of learning in deep linear neural networks&quot;</translation>
    </message>
    <message>
        <source>chosen on data: Var(Z) = 1 in every layer</source>
        <translation>데이터로 정함: 모든 층에서 Var(Z) = 1</translation>
    </message>
    <message>
        <source>Starts orthogonal, then rescales each layer on a batch until its output has unit variance, whatever the activation.</source>
        <translation>직교 초깃값에서 시작해, 활성화 함수와 상관없이 배치에서 각 층 출력의 분산이 1이 될 때까지 크기를 조정합니다.</translation>
    </message>
    <message>
        <source>Mishkin &amp; Matas 2016, &quot;All you need is a good init&quot;</source>
        <translation>Mishkin &amp; Matas 2016, &quot;All you need is a good init&quot;</translation>
    </message>
    <message>
        <source>Every unit computes the same and receives the same gradient: they never become different (the book&apos;s warning about equal weights).</source>
        <translation>모든 뉴런이 같은 값을 계산하고 같은 기울기를 받아 결코 달라지지 않습니다 (가중치를 균일하게 하면 안 된다는 책의 경고).</translation>
    </message>
    <message>
        <source>Var(W) = a²/3, fixed</source>
        <translation>Var(W) = a²/3, 고정</translation>
    </message>
    <message>
        <source>Var(W) = σ², fixed</source>
        <translation>Var(W) = σ², 고정</translation>
    </message>
    <message>
        <source>A fixed scale, whatever the layer&apos;s width: the book&apos;s std = 1 and std = 0.01.</source>
        <translation>층의 너비와 상관없는 고정된 크기: 책의 표준편차 1과 0.01.</translation>
    </message>
    <message>
        <source>Recommended gain for %1: %2</source>
        <translation>%1에 권장하는 이득: %2</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>missing field</source>
        <translation>필드가 없습니다</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>알 수 없는 필드입니다</translation>
    </message>
    <message>
        <source>duplicate field (given twice in one object)</source>
        <translation>중복된 필드입니다(한 객체에 두 번 있음)</translation>
    </message>
    <message>
        <source>unknown field (in a version-%1 file)</source>
        <translation>알 수 없는 필드입니다(버전 %1 파일)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0</source>
        <translation>0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <source>must be finite</source>
        <translation>유한한 값이어야 합니다</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>문자열 배열이어야 합니다</translation>
    </message>
    <message>
        <source>must be an array of numbers</source>
        <translation>숫자 배열이어야 합니다</translation>
    </message>
    <message>
        <source>must be an array of whole numbers</source>
        <translation>정수 배열이어야 합니다</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>must be %1 to %2, got %3</source>
        <translation>%1~%2 사이여야 하는데 %3입니다</translation>
    </message>
    <message>
        <source>must be %1 to %2</source>
        <translation>%1~%2 사이여야 합니다</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>%1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>give at least one</source>
        <translation>하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>최대 %1개까지입니다</translation>
    </message>
    <message>
        <source>give 1 to %1 layer widths, got %2</source>
        <translation>층 너비를 1~%1개 지정해야 하는데 %2개입니다</translation>
    </message>
    <message>
        <source>give 1 to %1 hidden layer sizes</source>
        <translation>은닉층 크기를 1~%1개 지정하세요</translation>
    </message>
    <message>
        <source>each layer needs 1 to %1 units, got %2</source>
        <translation>각 층의 뉴런은 1~%1개여야 하는데 %2개입니다</translation>
    </message>
    <message>
        <source>each layer needs 1 to %1 units</source>
        <translation>각 층의 뉴런은 1~%1개여야 합니다</translation>
    </message>
    <message>
        <source>samples × the widest layer must be at most %1</source>
        <translation>표본 수 × 가장 넓은 층의 너비는 %1 이하여야 합니다</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot; or [low, high]</source>
        <translation>&quot;auto&quot; 또는 [하한, 상한]이어야 합니다</translation>
    </message>
    <message>
        <source>bounds must be finite numbers</source>
        <translation>범위의 경계는 유한한 숫자여야 합니다</translation>
    </message>
    <message>
        <source>the low bound must be below the high bound</source>
        <translation>하한이 상한보다 작아야 합니다</translation>
    </message>
    <message>
        <source>a normal bias needs biases (bias: true)</source>
        <translation>정규분포 편향 초깃값에는 편향이 필요합니다(bias: true)</translation>
    </message>
    <message>
        <source>must name a folder or dataset</source>
        <translation>폴더나 데이터셋 이름을 지정해야 합니다</translation>
    </message>
    <message>
        <source>must be a number in (0, 1000]</source>
        <translation>(0, 1000] 범위의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>must be 0 (all) or more</source>
        <translation>0(전체) 이상이어야 합니다</translation>
    </message>
    <message>
        <source>give 1 to %1 weight scales</source>
        <translation>가중치 스케일을 1~%1개 지정하세요</translation>
    </message>
    <message>
        <source>each scale must be in (0, 100], got %1</source>
        <translation>각 스케일은 (0, 100] 범위여야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>must be &quot;activations&quot;, &quot;training&quot; or &quot;bn-sweep&quot;</source>
        <translation>&quot;activations&quot;, &quot;training&quot;, &quot;bn-sweep&quot; 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>must be &quot;activations&quot;, &quot;pre-activations&quot;, &quot;gradients&quot; or &quot;weight-gradients&quot;</source>
        <translation>&quot;activations&quot;, &quot;pre-activations&quot;, &quot;gradients&quot;, &quot;weight-gradients&quot; 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>a NUL byte at %1: not a text file</source>
        <translation>%1에 NUL 바이트가 있습니다: 텍스트 파일이 아닙니다</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON 형식이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>&quot;%1&quot;이어야 합니다</translation>
    </message>
    <message>
        <source>missing or not a whole number</source>
        <translation>없거나 정수가 아닙니다</translation>
    </message>
    <message>
        <source>file version %1 is newer than this InitScope reads (%2): update InitScope</source>
        <translation>파일 버전 %1은 이 InitScope가 읽을 수 있는 버전(%2)보다 새롭습니다: InitScope를 업데이트하세요</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>must be an object of texts by language: {&quot;en&quot;: &quot;…&quot;, &quot;ko&quot;: &quot;…&quot;}</source>
        <translation>언어별 텍스트 객체여야 합니다: {&quot;en&quot;: &quot;…&quot;, &quot;ko&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>must be an object of settings: {&quot;activations.depth&quot;: 10}</source>
        <translation>설정 객체여야 합니다: {&quot;activations.depth&quot;: 10}</translation>
    </message>
    <message>
        <source>unknown setting (write it as the experiment file does, e.g. activations.activation)</source>
        <translation>알 수 없는 설정입니다(실험 파일과 같은 이름으로 쓰세요. 예: activations.activation)</translation>
    </message>
    <message>
        <source>must be a list of one or more steps</source>
        <translation>단계가 하나 이상인 목록이어야 합니다</translation>
    </message>
    <message>
        <source>newer than this InitScope reads (%1): update InitScope</source>
        <translation>이 InitScope가 읽을 수 있는 버전(%1)보다 새롭습니다: InitScope를 업데이트하세요</translation>
    </message>
    <message>
        <source>no preset named &quot;%1&quot;</source>
        <translation>&quot;%1&quot;이라는 미리 설정이 없습니다</translation>
    </message>
    <message>
        <source>no lesson named &quot;%1&quot; (built in: %2; or open a lesson file)</source>
        <translation>&quot;%1&quot;이라는 수업이 없습니다(내장: %2, 또는 수업 파일을 여세요)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>&apos;%1&apos;: &apos;%2&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the value must be ≥ 0</source>
        <translation>&apos;%1&apos;: 값은 0 이상이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the value must be &gt; 0</source>
        <translation>&apos;%1&apos;: 값은 0보다 커야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the value must be ≤ 1e6</source>
        <translation>&apos;%1&apos;: 값은 1e6 이하여야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 takes no value</source>
        <translation>&apos;%1&apos;: %2에는 값을 줄 수 없습니다</translation>
    </message>
    <message>
        <source>unknown initializer &apos;%1&apos;</source>
        <translation>알 수 없는 가중치 초깃값 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown activation &apos;%1&apos; (choose one of: %2)</source>
        <translation>알 수 없는 활성화 함수 &apos;%1&apos;(다음 중에서 고르세요: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown optimizer &apos;%1&apos; (choose sgd, momentum, adagrad or adam)</source>
        <translation>알 수 없는 최적화 기법 &apos;%1&apos;(sgd, momentum, adagrad, adam 중에서 고르세요)</translation>
    </message>
    <message>
        <source>normal=&lt;σ_b&gt; needs a number from 0 to 1000, got &apos;%1&apos;</source>
        <translation>normal=&lt;σ_b&gt;에는 0~1000 사이의 숫자가 필요한데 &apos;%1&apos;입니다</translation>
    </message>
    <message>
        <source>unknown bias initializer &apos;%1&apos; (choose zeros or normal=&lt;σ_b&gt;)</source>
        <translation>알 수 없는 편향 초깃값 &apos;%1&apos;(zeros 또는 normal=&lt;σ_b&gt; 중에서 고르세요)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>is a folder, expected a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>폴더가 아닙니다</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>no name given</source>
        <translation>이름이 없습니다</translation>
    </message>
    <message>
        <source>cannot write (%1)</source>
        <translation>쓸 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>cannot replace (%1)</source>
        <translation>바꿔 쓸 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>cannot create (%1)</source>
        <translation>만들 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>읽을 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>truncated: the IDX header is incomplete</source>
        <translation>잘린 파일입니다: IDX 헤더가 불완전합니다</translation>
    </message>
    <message>
        <source>wrong magic number: not an IDX file</source>
        <translation>매직 넘버가 다릅니다: IDX 파일이 아닙니다</translation>
    </message>
    <message>
        <source>dataset folder not found</source>
        <translation>데이터셋 폴더가 없습니다</translation>
    </message>
    <message>
        <source>Fashion-MNIST is not in %1: install the package dataset-fashion-mnist</source>
        <translation>Fashion-MNIST가 %1에 없습니다: dataset-fashion-mnist 패키지를 설치하세요</translation>
    </message>
    <message>
        <source>MNIST not found (looked in %1): put its four IDX files in one of those folders or set INITSCOPE_MNIST, or choose fashion-mnist</source>
        <translation>MNIST를 찾지 못했습니다(찾아본 곳: %1). IDX 파일 네 개를 그중 한 폴더에 두거나 INITSCOPE_MNIST를 설정하세요. 또는 fashion-mnist를 고르세요</translation>
    </message>
    <message>
        <source>dataset folder &apos;%1&apos; not found: give a folder holding the four IDX files, mnist or fashion-mnist</source>
        <translation>데이터셋 폴더 &apos;%1&apos;이(가) 없습니다: IDX 파일 네 개가 든 폴더나 mnist, fashion-mnist를 지정하세요</translation>
    </message>
    <message>
        <source>neither MNIST (looked in %1) nor Fashion-MNIST is installed: install the package dataset-fashion-mnist, or see Help → Getting MNIST</source>
        <translation>MNIST(찾아본 곳: %1)도 Fashion-MNIST도 설치되어 있지 않습니다: dataset-fashion-mnist 패키지를 설치하거나 도움말 → MNIST 구하기를 보세요</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (choose one of: %2)</source>
        <translation>알 수 없는 미리 설정 &apos;%1&apos;(다음 중에서 고르세요: %2)</translation>
    </message>
    <message>
        <source>must be a finite σ_b ≥ 0</source>
        <translation>0 이상의 유한한 σ_b여야 합니다</translation>
    </message>
    <message>
        <source>must be a finite variance &gt; 0</source>
        <translation>0보다 큰 유한한 분산이어야 합니다</translation>
    </message>
    <message>
        <source>invalid file: %1</source>
        <translation>잘못된 파일입니다: %1</translation>
    </message>
    <message>
        <source>holds other files (&apos;%1&apos;): choose an empty or new folder</source>
        <translation>다른 파일이 있습니다(&apos;%1&apos;): 빈 폴더나 새 폴더를 고르세요</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes)</source>
        <translation>파일이 너무 큽니다(%1바이트)</translation>
    </message>
    <message>
        <source>corrupt gzip stream (%1)</source>
        <translation>gzip 스트림이 손상되었습니다(%1)</translation>
    </message>
    <message>
        <source>unsupported IDX element type %1 (only unsigned bytes, 0x08)</source>
        <translation>지원하지 않는 IDX 원소 형식 %1입니다(부호 없는 바이트 0x08만 지원)</translation>
    </message>
    <message>
        <source>the IDX header gives %1 dimensions (expected 1 to 4)</source>
        <translation>IDX 헤더의 차원 수가 %1입니다(1~4여야 합니다)</translation>
    </message>
    <message>
        <source>IDX dimension %1 is 0</source>
        <translation>IDX 차원 %1의 크기가 0입니다</translation>
    </message>
    <message>
        <source>the IDX header claims more than %1 bytes of data</source>
        <translation>IDX 헤더가 말하는 데이터가 %1바이트를 넘습니다</translation>
    </message>
    <message>
        <source>truncated: the header claims %1 data bytes, the file holds %2</source>
        <translation>잘린 파일입니다: 헤더는 데이터가 %1바이트라고 하는데 파일에는 %2바이트가 있습니다</translation>
    </message>
    <message>
        <source>trailing data: the header claims %1 data bytes, the file holds %2</source>
        <translation>뒤에 남는 데이터가 있습니다: 헤더는 데이터가 %1바이트라고 하는데 파일에는 %2바이트가 있습니다</translation>
    </message>
    <message>
        <source>trailing data: the file holds more than the header&apos;s %1 data bytes</source>
        <translation>뒤에 남는 데이터가 있습니다: 파일에 헤더가 말하는 %1바이트보다 많은 데이터가 있습니다</translation>
    </message>
    <message>
        <source>holds %1 of data, more than this machine can load (%2 of memory free)</source>
        <translation>데이터가 %1로, 이 컴퓨터가 불러올 수 있는 양보다 많습니다(남은 메모리 %2)</translation>
    </message>
    <message>
        <source>expected 3 dimensions (count, rows, columns), found %1</source>
        <translation>차원이 3개(개수, 행, 열)여야 하는데 %1개입니다</translation>
    </message>
    <message>
        <source>expected 1 dimension (count), found %1</source>
        <translation>차원이 1개(개수)여야 하는데 %1개입니다</translation>
    </message>
    <message>
        <source>holds %1 labels but the image file holds %2 images</source>
        <translation>정답 레이블은 %1개인데 이미지 파일에는 이미지가 %2개 있습니다</translation>
    </message>
    <message>
        <source>images of %1 pixels are too large</source>
        <translation>%1 픽셀 이미지는 너무 큽니다</translation>
    </message>
    <message>
        <source>label %1 at index %2 is not a digit class 0–9</source>
        <translation>인덱스 %2의 레이블 %1은(는) 0~9 숫자 클래스가 아닙니다</translation>
    </message>
    <message>
        <source>training images have %1 pixels but test images %2</source>
        <translation>훈련 이미지는 %1픽셀인데 시험 이미지는 %2픽셀입니다</translation>
    </message>
    <message>
        <source>the dataset has no training or no test images</source>
        <translation>데이터셋에 훈련 이미지나 시험 이미지가 없습니다</translation>
    </message>
    <message>
        <source>the training split has %1 images, fewer than train_size %2</source>
        <translation>훈련 데이터의 이미지가 %1개로, train_size %2보다 적습니다</translation>
    </message>
    <message>
        <source>these settings need about %1 of memory, but %2 is free; reduce the width, depth, samples or number of initializers</source>
        <translation>이 설정에는 메모리가 약 %1 필요하지만 남은 메모리는 %2입니다. 너비, 깊이, 표본 수 또는 초깃값 개수를 줄이세요</translation>
    </message>
    <message>
        <source>these settings need about %1 of memory, but %2 is free; reduce the hidden layers&apos; sizes, the batch size or the number of initializers</source>
        <translation>이 설정에는 메모리가 약 %1 필요하지만 남은 메모리는 %2입니다. 은닉층 크기, 배치 크기 또는 초깃값 개수를 줄이세요</translation>
    </message>
    <message>
        <source>out of memory: these settings need more memory than is free; reduce the samples, width, depth or number of initializers (or close other programs)</source>
        <translation>메모리가 부족합니다: 이 설정에는 남은 메모리보다 많은 메모리가 필요합니다. 표본 수, 너비, 깊이 또는 초깃값 개수를 줄이세요(또는 다른 프로그램을 닫으세요)</translation>
    </message>
    <message>
        <source>batch norm couples the batch: one input has no Jacobian of its own</source>
        <translation>배치 정규화는 배치 안의 입력을 서로 엮습니다: 입력 하나만의 야코비안이 없습니다</translation>
    </message>
    <message>
        <source>too large for an interactive view (width² × depth)</source>
        <translation>대화형 보기로 계산하기에는 너무 큽니다(너비² × 깊이)</translation>
    </message>
    <message>
        <source>internal error (please report it): %1</source>
        <translation>내부 오류입니다(알려 주세요): %1</translation>
    </message>
    <message>
        <source>internal error (please report it)</source>
        <translation>내부 오류입니다(알려 주세요)</translation>
    </message>
</context>
<context>
    <name>initscope::ui::ActivationChooser</name>
    <message>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>%1
Recommended gain: %2</source>
        <translation>%1
권장 이득(gain): %2</translation>
    </message>
    <message>
        <source>The non-linearity applied after every layer. Sigmoid and tanh saturate; ReLU units can die.</source>
        <translation>모든 층 뒤에 적용하는 비선형 함수입니다. 시그모이드와 tanh는 포화되고, ReLU 뉴런은 죽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>initscope::ui::ActivationsView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화값</translation>
    </message>
    <message>
        <source>Pre-activations</source>
        <translation>활성화 전 값</translation>
    </message>
    <message>
        <source>Gradients (dL/dA)</source>
        <translation>기울기 (dL/dA)</translation>
    </message>
    <message>
        <source>Weight gradients (dL/dW)</source>
        <translation>가중치 기울기 (dL/dW)</translation>
    </message>
    <message>
        <source>What the histograms count: each layer&apos;s activations A = f(Z), its pre-activations Z, the gradient it sends back towards the input (dL/dA of the layer below) or its weight gradient dL/dW, for a random N(0, 1) gradient arriving at the last layer.</source>
        <translation>히스토그램이 세는 값: 각 층의 활성화값 A = f(Z), 활성화 전 값 Z, 입력 쪽으로 되돌려 보내는 기울기(아래 층의 dL/dA), 또는 가중치 기울기 dL/dW입니다. 역전파는 마지막 층에 도착하는 무작위 N(0, 1) 기울기로 계산합니다.</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>보조 패널(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the depth profile and the phase diagram beside the histograms.</source>
        <translation>히스토그램 옆의 깊이 프로파일과 상 그림을 보이거나 숨깁니다.</translation>
    </message>
    <message>
        <source>Depth profile</source>
        <translation>깊이 프로파일</translation>
    </message>
    <message>
        <source>Phase diagram</source>
        <translation>상 그림</translation>
    </message>
    <message>
        <source>Mean-field theory&apos;s order/chaos map for this activation, with each initializer on it</source>
        <translation>이 활성화 함수에 대한 평균장 이론의 질서/혼돈 지도와 그 위의 각 초깃값</translation>
    </message>
    <message>
        <source>Jacobian</source>
        <translation>야코비안</translation>
    </message>
    <message>
        <source>Dynamical isometry: the input–output Jacobian&apos;s singular values at one input</source>
        <translation>동역학적 등거리성: 입력 하나에서 입출력 야코비안의 특잇값</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>%1 layers × %2 units</source>
        <translation>%1개 층 × 뉴런 %2개</translation>
    </message>
    <message>
        <source>layers of %1 units</source>
        <translation>뉴런 %1개짜리 층</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; activations after batch norm</source>
        <translation>배치 정규화 뒤의 &lt;b&gt;%1&lt;/b&gt; 활성화값</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; activations</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 활성화값</translation>
    </message>
    <message>
        <source>Pre-activations Z (after batch norm, the input of &lt;b&gt;%1&lt;/b&gt;)</source>
        <translation>활성화 전 값 Z (배치 정규화 뒤, &lt;b&gt;%1&lt;/b&gt;의 입력)</translation>
    </message>
    <message>
        <source>Pre-activations Z (the input of &lt;b&gt;%1&lt;/b&gt;)</source>
        <translation>활성화 전 값 Z (&lt;b&gt;%1&lt;/b&gt;의 입력)</translation>
    </message>
    <message>
        <source>Gradients dL/dA each layer sends back (&lt;b&gt;%1&lt;/b&gt;; N(0, 1) at the last layer)</source>
        <translation>각 층이 되돌려 보내는 기울기 dL/dA (&lt;b&gt;%1&lt;/b&gt;; 마지막 층에서 N(0, 1))</translation>
    </message>
    <message>
        <source>Weight gradients dL/dW (&lt;b&gt;%1&lt;/b&gt;; N(0, 1) at the last layer)</source>
        <translation>가중치 기울기 dL/dW (&lt;b&gt;%1&lt;/b&gt;; 마지막 층에서 N(0, 1))</translation>
    </message>
    <message>
        <source>%1 of %2 for %3 N(0, 1) input samples.</source>
        <translation>%3개의 N(0, 1) 입력 표본에 대한 %2의 %1.</translation>
    </message>
    <message>
        <source>Histograms: seed %1; summaries: medians over %2 seeds.</source>
        <translation>히스토그램: 시드 %1, 요약: 시드 %2개의 중앙값.</translation>
    </message>
    <message>
        <source>Computed in %1 ms.</source>
        <translation>%1 ms 만에 계산했습니다.</translation>
    </message>
    <message>
        <source>σ = %1</source>
        <translation>σ = %1</translation>
    </message>
    <message>
        <source>%1 — layer %2 (%3 → %4)</source>
        <translation>%1 — %2층 (%3 → %4)</translation>
    </message>
    <message>
        <source>dL/dA of layer %1&apos;s input</source>
        <translation>%1층 입력의 dL/dA</translation>
    </message>
    <message>
        <source>std(dL/dW) / std(W) = %1</source>
        <translation>std(dL/dW) / std(W) = %1</translation>
    </message>
    <message>
        <source>Theory: μ %1 · σ %2</source>
        <translation>이론: μ %1 · σ %2</translation>
    </message>
    <message>
        <source>dead %1%</source>
        <translation>죽은 뉴런 %1%</translation>
    </message>
    <message>
        <source>q = %1, χ = %2</source>
        <translation>q = %1, χ = %2</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>%1층</translation>
    </message>
    <message>
        <source>Layer %1 (%2)</source>
        <translation>%1층 (%2)</translation>
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
        <translation>초깃값을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Activation: %1, %2</source>
        <translation>활성화 함수: %1, %2</translation>
    </message>
</context>
<context>
    <name>initscope::ui::BnSweepController</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Training on %1: each weight scale&apos;s cell fills in when both its networks are done.</source>
        <translation>%1(으)로 학습 중: 가중치 척도마다 두 신경망의 학습이 끝나면 그 칸이 채워집니다.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지했습니다.</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>%1초 만에 끝났습니다.</translation>
    </message>
    <message>
        <source>one weight scale</source>
        <translation>가중치 척도 1개</translation>
    </message>
    <message>
        <source>%1 weight scales</source>
        <translation>가중치 척도 %1개</translation>
    </message>
    <message>
        <source>Training accuracy on the first %1 training images with batch norm (solid) and without (dashed); %2 trained in %3 s.</source>
        <translation>처음 %1장의 훈련 이미지에 대한 훈련 정확도, 배치 정규화 사용(실선)과 미사용(점선). %2를 %3초에 학습했습니다.</translation>
    </message>
    <message>
        <source>The batch norm sweep failed.</source>
        <translation>배치 정규화 비교 실험이 실패했습니다.</translation>
    </message>
    <message>
        <source>The sweep could not run: see the message above.</source>
        <translation>비교 실험을 실행할 수 없습니다. 위의 메시지를 보세요.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>준비 중…</translation>
    </message>
    <message>
        <source>Press Run (Space) to train the network with and without batch norm for every weight scale; the cells fill in as scales finish.</source>
        <translation>실행(스페이스)을 누르면 가중치 척도마다 배치 정규화를 쓴 신경망과 쓰지 않은 신경망을 학습합니다. 척도가 끝나는 대로 칸이 채워집니다.</translation>
    </message>
</context>
<context>
    <name>initscope::ui::BnSweepPanel</name>
    <message>
        <source>Batch normalization</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>The book&apos;s network (ReLU, SGD) trained twice per weight scale w, with and without batch norm after every hidden dense layer, on the same batches.</source>
        <translation>책의 신경망(ReLU, SGD)을 가중치 척도 w마다 두 번, 모든 은닉 완전연결 계층 뒤에 배치 정규화를 넣은 것과 넣지 않은 것으로, 같은 미니배치로 학습합니다.</translation>
    </message>
    <message>
        <source>A folder with the four MNIST-format IDX files, or &apos;mnist&apos; or &apos;fashion-mnist&apos;.</source>
        <translation>MNIST 형식 IDX 파일 네 개가 든 폴더, 또는 &apos;mnist&apos;나 &apos;fashion-mnist&apos;.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>How many of the book&apos;s 16 weight scales, w = 1 down to 0.0001 (logarithmic), to train; &quot;custom&quot; when the list below is your own.</source>
        <translation>책의 가중치 척도 16개(w = 1부터 0.0001까지, 로그 간격) 중 몇 개를 학습할지. 아래 목록을 직접 정하면 &quot;사용자 지정&quot;.</translation>
    </message>
    <message>
        <source>Book scales</source>
        <translation>책의 척도</translation>
    </message>
    <message>
        <source>The weight scales w themselves, e.g. &quot;1, 0.1, 0.01&quot; (1 to %1 of them): every weight starts as N(0, w²).</source>
        <translation>가중치 척도 w 자체, 예: &quot;1, 0.1, 0.01&quot; (1개에서 %1개까지). 모든 가중치는 N(0, w²)에서 시작합니다.</translation>
    </message>
    <message>
        <source>Weights w</source>
        <translation>가중치 w</translation>
    </message>
    <message>
        <source>Epochs (the book: 20). An epoch is training size ÷ batch size updates; the accuracy is recorded after each.</source>
        <translation>에폭 수 (책: 20). 1에폭은 훈련 데이터 수 ÷ 배치 크기만큼의 갱신이며, 에폭마다 정확도를 기록합니다.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>The first this many training images (the book: 1000), also those the accuracy is measured on.</source>
        <translation>앞에서부터 이만큼의 훈련 이미지 (책: 1000). 정확도도 이 이미지로 잽니다.</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>훈련 이미지</translation>
    </message>
    <message>
        <source>Images per mini-batch, drawn with replacement (the book: 100).</source>
        <translation>미니배치당 이미지 수, 복원 추출 (책: 100).</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>SGD&apos;s learning rate (the book: 0.01).</source>
        <translation>SGD의 학습률 (책: 0.01).</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Hidden layer widths (the book: 100, 100, 100, 100, 100).</source>
        <translation>은닉층의 너비 (책: 100, 100, 100, 100, 100).</translation>
    </message>
    <message>
        <source>Hidden widths</source>
        <translation>은닉층 너비</translation>
    </message>
    <message>
        <source>Seed of the weights and mini-batches.</source>
        <translation>가중치와 미니배치의 시드.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
</context>
<context>
    <name>initscope::ui::BnSweepView</name>
    <message>
        <source>Training accuracy on the first %1 training images, with batch norm (solid) and without (dashed), per epoch; the same weights N(0, w²) and the same mini-batches for both networks.</source>
        <translation>처음 %1장의 훈련 이미지에 대한 에폭별 훈련 정확도, 배치 정규화 사용(실선)과 미사용(점선). 두 신경망은 같은 가중치 N(0, w²)와 같은 미니배치를 씁니다.</translation>
    </message>
    <message>
        <source>Batch normalization: training accuracy</source>
        <translation>배치 정규화: 훈련 정확도</translation>
    </message>
    <message>
        <source>Batch normalization across weight scales w</source>
        <translation>가중치 척도 w에 따른 배치 정규화</translation>
    </message>
    <message>
        <source>w = %1</source>
        <translation>w = %1</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Without batch norm</source>
        <translation>배치 정규화 없음</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>(iteration %1)</source>
        <translation>(%1번째 반복)</translation>
    </message>
    <message>
        <source>batch norm diverged</source>
        <translation>배치 정규화 신경망 발산</translation>
    </message>
</context>
<context>
    <name>initscope::ui::DepthProfileView</name>
    <message>
        <source>Depth profile</source>
        <translation>깊이 프로파일</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>σ of activations</source>
        <translation>활성화값의 σ</translation>
    </message>
    <message>
        <source>σ of dL/dA (backward)</source>
        <translation>dL/dA의 σ (역전파)</translation>
    </message>
    <message>
        <source>The standard deviation of every layer&apos;s activations (top) and of the gradient it sends back towards the input (bottom), on a log scale: a line falling towards 0 vanishes, one rising explodes, a flat one holds. Circles: more than half of the layer&apos;s units saturated or dead.</source>
        <translation>각 층의 활성화값(위)과 입력 쪽으로 되돌려 보내는 기울기(아래)의 표준편차, 로그 눈금. 0을 향해 떨어지는 선은 소실, 솟는 선은 폭발, 평평한 선은 유지입니다. 동그라미: 그 층 뉴런의 절반 넘게 포화되었거나 죽었습니다.</translation>
    </message>
    <message>
        <source>theory (mean field)</source>
        <translation>이론 (평균장)</translation>
    </message>
    <message>
        <source>5–95 % of %1 seeds</source>
        <translation>시드 %1개의 5–95 %</translation>
    </message>
    <message>
        <source>Depth profile · median of %1 seeds</source>
        <translation>깊이 프로파일 · 시드 %1개의 중앙값</translation>
    </message>
    <message>
        <source>&gt; 50% saturated or dead</source>
        <translation>&gt; 50% 포화 또는 죽음</translation>
    </message>
    <message>
        <source>The backward pass was not measured.</source>
        <translation>역전파는 측정하지 않았습니다.</translation>
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
        <translation>활성화값 그림…</translation>
    </message>
    <message>
        <source>Depth profile figure…</source>
        <translation>깊이 프로파일 그림…</translation>
    </message>
    <message>
        <source>Phase diagram figure…</source>
        <translation>상 그림…</translation>
    </message>
    <message>
        <source>Training figure…</source>
        <translation>학습 그림…</translation>
    </message>
    <message>
        <source>Update ratio figure…</source>
        <translation>갱신 비율 그림…</translation>
    </message>
    <message>
        <source>Layer × time heat map figure…</source>
        <translation>층 × 시간 히트맵 그림…</translation>
    </message>
    <message>
        <source>Histograms over time figure…</source>
        <translation>시간에 따른 히스토그램 그림…</translation>
    </message>
    <message>
        <source>Batch norm figure…</source>
        <translation>배치 정규화 그림…</translation>
    </message>
    <message>
        <source>Copy activations figure</source>
        <translation>활성화값 그림 복사</translation>
    </message>
    <message>
        <source>Copy training figure</source>
        <translation>학습 그림 복사</translation>
    </message>
    <message>
        <source>Histograms as CSV…</source>
        <translation>히스토그램 CSV…</translation>
    </message>
    <message>
        <source>Save histograms</source>
        <translation>히스토그램 저장</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Loss curves as CSV…</source>
        <translation>손실 곡선 CSV…</translation>
    </message>
    <message>
        <source>Save loss curves</source>
        <translation>손실 곡선 저장</translation>
    </message>
    <message>
        <source>Update ratios as CSV…</source>
        <translation>갱신 비율 CSV…</translation>
    </message>
    <message>
        <source>Save update ratios</source>
        <translation>갱신 비율 저장</translation>
    </message>
    <message>
        <source>Snapshot statistics as CSV…</source>
        <translation>스냅숏 통계 CSV…</translation>
    </message>
    <message>
        <source>Save every snapshot&apos;s statistics</source>
        <translation>모든 스냅숏의 통계 저장</translation>
    </message>
    <message>
        <source>Batch norm accuracies as CSV…</source>
        <translation>배치 정규화 정확도 CSV…</translation>
    </message>
    <message>
        <source>Save batch norm accuracies</source>
        <translation>배치 정규화 정확도 저장</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>모두 내보내기…</translation>
    </message>
    <message>
        <source>Export everything into a folder</source>
        <translation>모든 것을 한 폴더로 내보내기</translation>
    </message>
    <message>
        <source>Every figure, the CSVs, the experiment file and a provenance note, in one folder</source>
        <translation>모든 그림, CSV, 실험 파일과 출처 기록을 한 폴더에</translation>
    </message>
    <message>
        <source>Save plot as…</source>
        <translation>그래프를 다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>이미지 복사</translation>
    </message>
    <message>
        <source>Save %1 figure</source>
        <translation>%1 그림 저장</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>클립보드</translation>
    </message>
    <message>
        <source>There is no training run yet: train first (Training tab, Run).</source>
        <translation>아직 학습한 결과가 없습니다. 먼저 학습하세요 (학습 탭, 실행).</translation>
    </message>
    <message>
        <source>No weight scale has finished yet: run the batch norm sweep first (Training tab).</source>
        <translation>아직 끝난 가중치 척도가 없습니다. 먼저 배치 정규화 비교 실험을 실행하세요 (학습 탭).</translation>
    </message>
    <message>
        <source>%1 (%2 files)</source>
        <translation>%1 (파일 %2개)</translation>
    </message>
</context>
<context>
    <name>initscope::ui::ExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>The file&apos;s extension picks the format: .png, .svg or .pdf.</source>
        <translation>파일 확장자로 형식을 고릅니다: .png, .svg, .pdf.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width of the figure in logical pixels (points in a PDF).</source>
        <translation>그림의 너비, 논리 픽셀 단위 (PDF에서는 포인트).</translation>
    </message>
    <message>
        <source>Height of the figure in logical pixels (points in a PDF).</source>
        <translation>그림의 높이, 논리 픽셀 단위 (PDF에서는 포인트).</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>높이</translation>
    </message>
    <message>
        <source>1× (screen)</source>
        <translation>1× (화면)</translation>
    </message>
    <message>
        <source>2× (sharp on slides and HiDPI)</source>
        <translation>2× (슬라이드와 HiDPI에서 선명)</translation>
    </message>
    <message>
        <source>3× (print)</source>
        <translation>3× (인쇄)</translation>
    </message>
    <message>
        <source>PNG pixel density: a 2× image has twice the pixels in each direction.</source>
        <translation>PNG 픽셀 밀도: 2× 이미지는 가로세로 각각 두 배의 픽셀을 가집니다.</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG 배율</translation>
    </message>
    <message>
        <source>Size for print</source>
        <translation>인쇄용 크기</translation>
    </message>
    <message>
        <source>Draw the figure at a physical width with text of a given size, for a handout or a paper.</source>
        <translation>유인물이나 논문용으로, 그림을 실제 너비와 정한 글자 크기로 그립니다.</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>Width on paper (16 cm: a column of A4 or Letter text; 8 cm: one of two columns).</source>
        <translation>종이 위 너비 (16 cm: A4나 Letter 본문 한 단, 8 cm: 두 단 중 한 단).</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Size of the figure&apos;s text on paper.</source>
        <translation>종이 위 그림 글자의 크기.</translation>
    </message>
    <message>
        <source>Width on paper</source>
        <translation>종이 위 너비</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg);;PDF 문서 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>initscope::ui::FileActions</name>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>실험 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved experiment: every setting is restored</source>
        <translation>저장한 실험 열기: 모든 설정을 되살립니다</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save experiment</source>
        <translation>실험 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save experiment &amp;as…</source>
        <translation>실험을 다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>실험 저장</translation>
    </message>
    <message>
        <source>experiment.json</source>
        <translation>experiment.json</translation>
    </message>
    <message>
        <source>InitScope experiments (*.json)</source>
        <translation>InitScope 실험 파일 (*.json)</translation>
    </message>
</context>
<context>
    <name>initscope::ui::FormulaPanel</name>
    <message>
        <source>Click an initializer in Settings to see its formula.</source>
        <translation>설정에서 초깃값을 클릭하면 수식이 나타납니다.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Distribution&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;Variance&lt;/b&gt;: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;분포&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;분산&lt;/b&gt;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;For the first layer&lt;/b&gt; (%1 → %2 units):&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;첫 번째 층&lt;/b&gt; (뉴런 %1개 → %2개):&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;제안된 이유&lt;/b&gt;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Paper&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;논문&lt;/b&gt;: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>initscope::ui::HelpMenu</name>
    <message>
        <source>&amp;Guide</source>
        <translation>안내(&amp;G)</translation>
    </message>
    <message>
        <source>InitScope guide</source>
        <translation>InitScope 안내</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Getting &amp;MNIST</source>
        <translation>MNIST 구하기(&amp;M)</translation>
    </message>
    <message>
        <source>Getting MNIST</source>
        <translation>MNIST 구하기</translation>
    </message>
    <message>
        <source>&amp;About InitScope</source>
        <translation>InitScope 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About InitScope</source>
        <translation>InitScope 정보</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InitScope in five steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Pick an activation and initializers&lt;/b&gt; in Settings (left). Every row of histograms is one network, every column one hidden layer; the numbers under each histogram are its mean (μ), standard deviation (σ), and the share of saturated or dead units.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Show&lt;/b&gt; switches the histograms to pre-activations, the gradients sent back (dL/dA) or the weight gradients (dL/dW): the backward pass the book&apos;s argument rests on. The depth profile beside them draws every layer&apos;s σ in both directions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;View → Theory&lt;/b&gt; (Ctrl+T) draws what mean-field theory predicts on every histogram; the Phase diagram tab shows where each initializer sits between order and chaos.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Training&lt;/b&gt; tab trains one network per initializer (Run: Space) and shows the loss, the update ratio, layer × time heat maps and histograms over time; its Experiment box switches to the batch-normalization sweep.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lessons&lt;/b&gt; steps through chapter 6 as a story; &lt;b&gt;File → Export&lt;/b&gt; writes any figure as PNG, SVG or PDF, and Export all writes everything.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Hover any histogram, curve or cell for its numbers. F5 is presentation mode for a projector.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InitScope 다섯 단계&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;설정(왼쪽)에서 &lt;b&gt;활성화 함수와 초깃값을 고릅니다&lt;/b&gt;. 히스토그램의 행 하나가 신경망 하나, 열 하나가 은닉층 하나입니다. 각 히스토그램 아래의 숫자는 평균(μ), 표준편차(σ), 그리고 포화되었거나 죽은 뉴런의 비율입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;표시&lt;/b&gt;는 히스토그램을 활성화 전 값, 되돌려 보내는 기울기(dL/dA), 가중치 기울기(dL/dW)로 바꿉니다. 책의 논증이 기대는 역전파입니다. 옆의 깊이 프로파일은 모든 층의 σ를 양방향으로 그립니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;보기 → 이론&lt;/b&gt;(Ctrl+T)은 평균장 이론의 예측을 모든 히스토그램 위에 그리고, &apos;상 그림&apos; 탭은 각 초깃값이 질서와 혼돈 사이 어디에 있는지 보여 줍니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;학습&lt;/b&gt; 탭은 초깃값마다 신경망 하나를 학습하고(실행: 스페이스) 손실, 갱신 비율, 층 × 시간 히트맵, 시간에 따른 히스토그램을 보여 줍니다. 실험 상자에서 배치 정규화 비교로 바꿀 수 있습니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;수업&lt;/b&gt;은 6장을 이야기처럼 한 단계씩 보여 주고, &lt;b&gt;파일 → 내보내기&lt;/b&gt;는 어떤 그림이든 PNG, SVG, PDF로 저장하며 &apos;모두 내보내기&apos;는 전부를 저장합니다.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;히스토그램, 곡선, 칸 위에 마우스를 올리면 숫자가 나옵니다. F5는 프로젝터용 발표 모드입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;단축키&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Space is Run/Pause anywhere but where it types or ticks; ← and → step the lesson anywhere but in a field, list or slider.&lt;/p&gt;</source>
        <translation>&lt;p&gt;스페이스는 글자를 입력하거나 체크하는 곳이 아니면 어디서나 실행/일시 정지이고, ←와 →는 입력란, 목록, 슬라이더가 아니면 어디서나 수업의 단계를 넘깁니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting MNIST&lt;/h3&gt;&lt;p&gt;The Training tab and &lt;code&gt;initscope train&lt;/code&gt; read the four MNIST files in their original format (gzipped or not):&lt;/p&gt;&lt;p&gt;&lt;code&gt;train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz,&lt;br&gt;t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Put them in &lt;code&gt;~/.local/share/initscope/mnist&lt;/code&gt;, or in any folder named by the environment variable &lt;code&gt;INITSCOPE_MNIST&lt;/code&gt;, then choose the dataset &lt;b&gt;mnist&lt;/b&gt;. A folder of your own can also be chosen in Settings → Training → Dataset.&lt;/p&gt;&lt;p&gt;Until then, a run that asks for &lt;b&gt;mnist&lt;/b&gt; trains on Fashion-MNIST instead (Debian&apos;s &lt;code&gt;dataset-fashion-mnist&lt;/code&gt; package, which InitScope&apos;s package recommends) and says so; every experiment runs on it the same way. Pick &lt;b&gt;fashion-mnist&lt;/b&gt; to choose it yourself.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MNIST 구하기&lt;/h3&gt;&lt;p&gt;학습 탭과 &lt;code&gt;initscope train&lt;/code&gt;은 MNIST 파일 네 개를 원래 형식(gzip 압축 여부 무관)으로 읽습니다:&lt;/p&gt;&lt;p&gt;&lt;code&gt;train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz,&lt;br&gt;t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz&lt;/code&gt;&lt;/p&gt;&lt;p&gt;이 파일들을 &lt;code&gt;~/.local/share/initscope/mnist&lt;/code&gt;에 두거나, 환경 변수 &lt;code&gt;INITSCOPE_MNIST&lt;/code&gt;가 가리키는 폴더에 둔 뒤 데이터셋 &lt;b&gt;mnist&lt;/b&gt;를 고르세요. 설정 → 학습 → 데이터셋에서 원하는 폴더를 직접 고를 수도 있습니다.&lt;/p&gt;&lt;p&gt;그 전까지는 &lt;b&gt;mnist&lt;/b&gt;를 고른 실행이 대신 Fashion-MNIST(InitScope 패키지가 권장하는 데비안의 &lt;code&gt;dataset-fashion-mnist&lt;/code&gt; 패키지)로 학습하고 그 사실을 알려 줍니다. 모든 실험이 같은 방식으로 돌아갑니다. 직접 고르려면 &lt;b&gt;fashion-mnist&lt;/b&gt;를 선택하세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InitScope %1&lt;/h3&gt;&lt;p&gt;How weight initialization shapes deep networks, layer by layer: chapter 6 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (밑바닥부터 시작하는 딥러닝), measured, explained and exportable.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3), QCustomPlot %4, %5.&lt;/p&gt;&lt;p&gt;Engine: %6, the fastest build this processor runs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InitScope %1&lt;/h3&gt;&lt;p&gt;가중치 초깃값이 심층 신경망을 층마다 어떻게 바꾸는지: &lt;i&gt;밑바닥부터 시작하는 딥러닝&lt;/i&gt; 6장을 측정하고, 설명하고, 내보낼 수 있게.&lt;/p&gt;&lt;p&gt;라이선스: GNU 일반 공중 사용 허가서 3판 또는 그 이후.&lt;/p&gt;&lt;p&gt;Qt %2(실행 중: %3), QCustomPlot %4, %5(으)로 빌드했습니다.&lt;/p&gt;&lt;p&gt;엔진: %6, 이 프로세서가 실행할 수 있는 가장 빠른 빌드.&lt;/p&gt;</translation>
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
        <translation>히스토그램</translation>
    </message>
    <message>
        <source>Number of equal-width bins (the book uses 30).</source>
        <translation>같은 너비 계급의 수 (책은 30).</translation>
    </message>
    <message>
        <source>Bins</source>
        <translation>계급 수</translation>
    </message>
    <message>
        <source>Automatic (per activation)</source>
        <translation>자동 (활성화 함수별)</translation>
    </message>
    <message>
        <source>Book: (0, 1)</source>
        <translation>책: (0, 1)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Automatic: (0, 1) for sigmoid, (−1, 1) for tanh, the data&apos;s range otherwise. The book&apos;s (0, 1) hides tanh&apos;s negative half. Values outside the range are counted separately (see a cell&apos;s tooltip).</source>
        <translation>자동: 시그모이드는 (0, 1), tanh는 (−1, 1), 그 밖에는 데이터의 범위. 책의 (0, 1)은 tanh의 음수 절반을 가립니다. 범위 밖의 값은 따로 셉니다 (칸의 도움말 참고).</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Low end of a custom range.</source>
        <translation>사용자 지정 범위의 아래 끝.</translation>
    </message>
    <message>
        <source>High end of a custom range (must be above the low end).</source>
        <translation>사용자 지정 범위의 위 끝 (아래 끝보다 커야 합니다).</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>사용자 지정 범위</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>Logarithmic</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>A logarithmic count axis shows the thin tails next to a tall peak.</source>
        <translation>로그 빈도 축은 높은 봉우리 옆의 얇은 꼬리도 보여 줍니다.</translation>
    </message>
    <message>
        <source>Shared across a row</source>
        <translation>행마다 공유</translation>
    </message>
    <message>
        <source>Per cell</source>
        <translation>칸마다</translation>
    </message>
    <message>
        <source>Shared: one count scale per initializer, so layers compare directly (y labels on the first cell, as the book draws it). Per cell: each histogram fills its own plot.</source>
        <translation>공유: 초깃값마다 빈도 눈금 하나, 그래서 층끼리 바로 비교됩니다 (책처럼 y 눈금은 첫 칸에만). 칸마다: 각 히스토그램이 자기 그래프를 채웁니다.</translation>
    </message>
    <message>
        <source>Y axis</source>
        <translation>Y축</translation>
    </message>
    <message>
        <source>Y scale</source>
        <translation>Y 눈금</translation>
    </message>
    <message>
        <source>Shared by all cells</source>
        <translation>모든 칸이 공유</translation>
    </message>
    <message>
        <source>Per cell: each histogram spans its own values. Shared: one x range for a row or for every cell, so a layer whose values are 1000 times smaller looks 1000 times narrower — how vanishing gradients look.</source>
        <translation>칸마다: 각 히스토그램이 자기 값의 범위를 씁니다. 공유: 행 또는 모든 칸에 x 범위 하나, 그래서 값이 1000배 작은 층은 1000배 좁아 보입니다 — 기울기 소실이 보이는 모습입니다.</translation>
    </message>
    <message>
        <source>X scale</source>
        <translation>X 눈금</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>이론</translation>
    </message>
    <message>
        <source>Draw mean-field theory&apos;s prediction on every histogram (a thin dark curve, and its mean ± standard deviation as a bar with three dots) and as dashed lines in the depth profile.</source>
        <translation>평균장 이론의 예측을 모든 히스토그램 위에 (가는 어두운 곡선과, 평균 ± 표준편차를 점 세 개의 막대로) 그리고 깊이 프로파일에 점선으로 그립니다.</translation>
    </message>
</context>
<context>
    <name>initscope::ui::HistogramTimeView</name>
    <message>
        <source>Quantity</source>
        <translation>값 종류</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>The hidden layer whose histograms are stacked over time</source>
        <translation>시간에 따라 히스토그램을 쌓아 보일 은닉층</translation>
    </message>
    <message>
        <source>Top: each snapshot&apos;s histogram, the oldest at the back (top, faint), the newest in front (bottom); each scaled to its own peak. Bottom: the percentiles over time — shaded 1–99 %, 5–95 % and 25–75 %, the line the median.</source>
        <translation>위: 스냅숏마다의 히스토그램, 가장 오래된 것이 뒤(위, 흐리게), 가장 새것이 앞(아래). 각각 자기 봉우리에 맞춰 그립니다. 아래: 시간에 따른 백분위수 — 음영은 1–99 %, 5–95 %, 25–75 %, 선은 중앙값.</translation>
    </message>
    <message>
        <source>Layer %1, %2 over time: histograms (top) and percentiles (bottom)</source>
        <translation>%1층 %2의 시간 변화: 히스토그램(위)과 백분위수(아래)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>activations A</source>
        <translation>활성화값 A</translation>
    </message>
    <message>
        <source>gradients dL/dA</source>
        <translation>기울기 dL/dA</translation>
    </message>
    <message>
        <source>weights W</source>
        <translation>가중치 W</translation>
    </message>
    <message>
        <source>weight gradients dL/dW</source>
        <translation>가중치 기울기 dL/dW</translation>
    </message>
</context>
<context>
    <name>initscope::ui::InitializerList</name>
    <message>
        <source>Initializers</source>
        <translation>가중치 초깃값</translation>
    </message>
    <message>
        <source>Custom σ</source>
        <translation>사용자 지정 σ</translation>
    </message>
    <message>
        <source>Tick the initializers to compare: one row of histograms each.</source>
        <translation>비교할 초깃값을 선택하세요. 초깃값마다 히스토그램 한 행입니다.</translation>
    </message>
    <message>
        <source>σ of a normal N(0, σ²) initializer, from 0.001 to 10 on a logarithmic scale. The plots follow while you drag.</source>
        <translation>정규분포 N(0, σ²) 초깃값의 σ, 0.001부터 10까지 로그 눈금. 끄는 동안 그래프가 따라 바뀝니다.</translation>
    </message>
    <message>
        <source>Add a row for a normal initializer with the σ chosen on the slider.</source>
        <translation>슬라이더로 고른 σ의 정규분포 초깃값을 한 행 추가합니다.</translation>
    </message>
    <message>
        <source>σ = %1</source>
        <translation>σ = %1</translation>
    </message>
    <message>
        <source>%1
for a layer of %2 → %3 units: %4</source>
        <translation>%1
뉴런 %2개 → %3개인 층에서: %4</translation>
    </message>
</context>
<context>
    <name>initscope::ui::JacobianView</name>
    <message>
        <source>Input–output Jacobian: singular values</source>
        <translation>입출력 야코비안: 특잇값</translation>
    </message>
    <message>
        <source>singular value σᵢ of ∂A_L/∂A_0 (log scale)</source>
        <translation>∂A_L/∂A_0의 특잇값 σᵢ (로그 눈금)</translation>
    </message>
    <message>
        <source>how many</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>For the first input sample: how the network stretches or squeezes each direction on the way from input to output. Near 1 everywhere (orthogonal weights at the edge of chaos): every direction&apos;s gradient passes alike. Spread over decades: some directions vanish, others explode.</source>
        <translation>첫 입력 표본에서: 신경망이 입력에서 출력으로 가며 각 방향을 얼마나 늘이거나 줄이는지. 어디서나 1에 가까우면 (혼돈의 경계에 있는 직교 가중치) 모든 방향의 기울기가 고르게 전달됩니다. 여러 자릿수에 퍼져 있으면 어떤 방향은 소실되고 어떤 방향은 폭발합니다.</translation>
    </message>
    <message>
        <source>No Jacobian here: %1.</source>
        <translation>여기서는 야코비안이 없습니다: %1.</translation>
    </message>
    <message>
        <source>One input; the line at σ = 1 is a network that neither stretches nor squeezes.</source>
        <translation>입력 하나. σ = 1의 선은 늘이지도 줄이지도 않는 신경망입니다.</translation>
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
        <translation>색이 나타내는 값</translation>
    </message>
    <message>
        <source>The statistic each cell&apos;s color shows, for every hidden layer (rows) at every snapshot (columns), on the fixed probe batch. Standard deviations on a log scale, shares 0–100 %.</source>
        <translation>고정된 측정용 배치에서, 모든 은닉층(행)과 모든 스냅숏(열)에 대해 칸의 색이 나타내는 통계. 표준편차는 로그 눈금, 비율은 0–100 %.</translation>
    </message>
    <message>
        <source>Layer × time: %1, on the probe batch</source>
        <translation>층 × 시간: %1, 측정용 배치</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>Layer × time: %1 — not measured for this activation</source>
        <translation>층 × 시간: %1 — 이 활성화 함수에서는 재지 않습니다</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>재지 않음</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, layer %2, iteration %3&lt;br&gt;%4: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2층, %3번째 반복&lt;br&gt;%4: %5</translation>
    </message>
    <message>
        <source>std of activations A</source>
        <translation>활성화값 A의 표준편차</translation>
    </message>
    <message>
        <source>saturated activations, %</source>
        <translation>포화된 활성화값, %</translation>
    </message>
    <message>
        <source>dead activations (exactly 0), %</source>
        <translation>죽은 활성화값 (정확히 0), %</translation>
    </message>
    <message>
        <source>std of gradients dL/dA</source>
        <translation>기울기 dL/dA의 표준편차</translation>
    </message>
    <message>
        <source>std of weights W</source>
        <translation>가중치 W의 표준편차</translation>
    </message>
    <message>
        <source>std of weight gradients dL/dW</source>
        <translation>가중치 기울기 dL/dW의 표준편차</translation>
    </message>
</context>
<context>
    <name>initscope::ui::LessonController</name>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>&amp;Open lesson file…</source>
        <translation>수업 파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Show the &amp;lesson panel</source>
        <translation>수업 패널 보이기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>다음 단계(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>이전 단계(&amp;P)</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>수업 열기</translation>
    </message>
    <message>
        <source>InitScope lessons (*.json)</source>
        <translation>InitScope 수업 파일 (*.json)</translation>
    </message>
</context>
<context>
    <name>initscope::ui::LessonPanel</name>
    <message>
        <source>Try it:</source>
        <translation>해 보기:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>The previous step (PageUp or ←)</source>
        <translation>이전 단계 (PageUp 또는 ←)</translation>
    </message>
    <message>
        <source>The next step (PageDown or →)</source>
        <translation>다음 단계 (PageDown 또는 →)</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>수업 파일 열기…</translation>
    </message>
    <message>
        <source>A lesson of your own: a JSON file of steps, each a preset and a caption (see resources/lessons/)</source>
        <translation>직접 만든 수업: 단계마다 미리 설정 하나와 설명 하나로 된 JSON 파일 (resources/lessons/ 참고)</translation>
    </message>
    <message>
        <source>%1 / %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation>열린 수업 없음</translation>
    </message>
    <message>
        <source>Choose a lesson in the Lessons menu, or open a lesson file.</source>
        <translation>수업 메뉴에서 수업을 고르거나 수업 파일을 여세요.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
</context>
<context>
    <name>initscope::ui::LossPlot</name>
    <message>
        <source>Training loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>시험 정확도</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;: %3 (smoothed %4)</source>
        <translation>&lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;: %3 (평활 %4)</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>%1번째 반복</translation>
    </message>
    <message>
        <source>%1 diverged at iteration %2</source>
        <translation>%1: %2번째 반복에서 발산</translation>
    </message>
</context>
<context>
    <name>initscope::ui::MainWindow</name>
    <message>
        <source>InitScope — weight initialization, layer by layer</source>
        <translation>InitScope — 가중치 초깃값, 층별로 보기</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화값</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>The book&apos;s first experiment: every layer&apos;s activations at initialization.</source>
        <translation>책의 첫 번째 실험: 초기화 직후 모든 층의 활성화값 분포.</translation>
    </message>
    <message>
        <source>The book&apos;s second experiment, train one network per initializer on MNIST, and its next lesson, batch normalization across weight scales.</source>
        <translation>책의 두 번째 실험(초깃값마다 신경망 하나씩 MNIST로 학습)과 다음 절의 배치 정규화(가중치 척도별 비교).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냄</translation>
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
        <translation>손실</translation>
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
        <translation>실행</translation>
    </message>
    <message>
        <source>Train, pause or resume (Space — anywhere but in a text field, list, box or button, where Space types or ticks)</source>
        <translation>학습, 일시 정지, 재개 (스페이스 — 글자를 입력하거나 체크하는 입력란, 목록, 상자, 버튼 밖이면 어디서나)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <source>Run to the next snapshot, then pause (.)</source>
        <translation>다음 스냅숏까지 실행한 뒤 일시 정지 (.)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop training (Esc)</source>
        <translation>학습 중지 (Esc)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Stop and clear the training plots (Ctrl+R)</source>
        <translation>학습을 멈추고 학습 그래프를 비웁니다 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>미리 설정(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Book style</source>
        <translation>책 모양(&amp;B)</translation>
    </message>
    <message>
        <source>Draw histograms as the book does: titles &quot;1-layer&quot;…, y ticks on the first panel only, no summaries</source>
        <translation>책처럼 히스토그램 그리기: 제목 &quot;1-layer&quot;…, y 눈금은 첫 칸에만, 요약 없음</translation>
    </message>
    <message>
        <source>&amp;Theory</source>
        <translation>이론(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Mean-field theory&apos;s prediction on every histogram and in the depth profile</source>
        <translation>모든 히스토그램과 깊이 프로파일에 평균장 이론의 예측 표시</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>The window cannot show these values exactly and changed them: %1. Save the experiment to keep the new values, or edit the file.</source>
        <translation>창에서 이 값을 정확히 나타낼 수 없어 바꾸었습니다: %1. 새 값을 유지하려면 실험을 저장하거나, 파일을 고치세요.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Computing these settings takes about %1 s…</source>
        <translation>이 설정은 계산에 약 %1초 걸립니다…</translation>
    </message>
    <message>
        <source>Custom initializer %1 (σ_w² = %2), biases %3</source>
        <translation>사용자 지정 초깃값 %1 (σ_w² = %2), 편향 %3</translation>
    </message>
    <message>
        <source>Choose a dataset folder in Settings → Training, or pick fashion-mnist.</source>
        <translation>설정 → 학습에서 데이터셋 폴더를 고르거나 fashion-mnist를 선택하세요.</translation>
    </message>
    <message>
        <source>Correct the setting named above in the file and open it again.</source>
        <translation>위에 적힌 설정을 파일에서 고친 뒤 다시 여세요.</translation>
    </message>
    <message>
        <source>Check the file named above.</source>
        <translation>위에 적힌 파일을 확인하세요.</translation>
    </message>
    <message>
        <source>Correct the setting named above and try again.</source>
        <translation>위에 적힌 설정을 고친 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Make the network or the input smaller, or compare fewer initializers.</source>
        <translation>신경망이나 입력을 줄이거나, 비교할 초깃값 수를 줄이세요.</translation>
    </message>
    <message>
        <source>This is a fault in InitScope; the rest of the window keeps working.</source>
        <translation>InitScope의 결함입니다. 창의 나머지 부분은 계속 작동합니다.</translation>
    </message>
    <message>
        <source>Unsaved experiment</source>
        <translation>저장하지 않은 실험</translation>
    </message>
    <message>
        <source>The experiment&apos;s settings have changed since they were last saved. Save them before closing?</source>
        <translation>마지막으로 저장한 뒤 실험 설정이 바뀌었습니다. 닫기 전에 저장할까요?</translation>
    </message>
    <message>
        <source>The last session ended before it could show its remembered experiment, so InitScope started with the default experiment instead.</source>
        <translation>지난 세션이 기억해 둔 실험을 보여 주기 전에 끝났기 때문에, InitScope가 기본 실험으로 시작했습니다.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>시스템 설정 (%1)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <source>Tried: %1</source>
        <translation>해 봄: %1</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>수식</translation>
    </message>
    <message>
        <source>&amp;Formula panel</source>
        <translation>수식 패널(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>MNIST was not found, so this run trains on Fashion-MNIST (%1): the same format, clothing instead of digits. To train on MNIST, see Help → Getting MNIST.</source>
        <translation>MNIST를 찾지 못해 이번 실행은 Fashion-MNIST(%1)로 학습합니다. 형식은 같고, 숫자 대신 옷 이미지입니다. MNIST로 학습하려면 도움말 → MNIST 구하기를 보세요.</translation>
    </message>
</context>
<context>
    <name>initscope::ui::MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>이 메시지 닫기</translation>
    </message>
</context>
<context>
    <name>initscope::ui::NetworkShapeGroup</name>
    <message>
        <source>1 seed</source>
        <translation>시드 1개</translation>
    </message>
    <message>
        <source>%1 seeds</source>
        <translation>시드 %1개</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Biases</source>
        <translation>편향</translation>
    </message>
    <message>
        <source>Number of hidden layers (1–%1). Each gets its own histogram column.</source>
        <translation>은닉층의 수 (1–%1). 층마다 히스토그램 열이 하나씩 생깁니다.</translation>
    </message>
    <message>
        <source>Units in every hidden layer (1–%1). To give each layer its own width, list them under Widths.</source>
        <translation>모든 은닉층의 뉴런 수 (1–%1). 층마다 너비를 다르게 하려면 &apos;너비 목록&apos;에 적으세요.</translation>
    </message>
    <message>
        <source>Every hidden layer&apos;s width, first to last, e.g. &quot;300, 100, 50&quot;. Each initializer computes its σ from the layer&apos;s own n_in and n_out.</source>
        <translation>모든 은닉층의 너비, 처음부터 끝까지, 예: &quot;300, 100, 50&quot;. 각 초깃값은 그 층 자신의 n_in과 n_out으로 σ를 계산합니다.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>Widths</source>
        <translation>너비 목록</translation>
    </message>
    <message>
        <source>Rows of the N(0, 1) input. Every layer&apos;s histogram counts samples × width values.</source>
        <translation>N(0, 1) 입력의 행 수. 각 층의 히스토그램은 표본 수 × 너비 개의 값을 셉니다.</translation>
    </message>
    <message>
        <source>Input samples</source>
        <translation>입력 표본 수</translation>
    </message>
    <message>
        <source>Seed of the random numbers: the same seed gives the same input, weights and batches.</source>
        <translation>난수의 시드: 같은 시드는 같은 입력, 가중치, 배치를 줍니다.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Repeat the experiment with the seeds seed + 1, seed + 2, …: the depth profile then draws the median over the seeds and the band from the 5th to the 95th percentile, and the cell summaries give the medians. The histograms stay the first seed&apos;s network. How far does one network of this width stray from the typical one?</source>
        <translation>시드 + 1, 시드 + 2, …로 실험을 반복합니다. 깊이 프로파일은 시드들에 걸친 중앙값과 5–95 백분위수의 띠를 그리고, 칸의 요약은 중앙값을 보여 줍니다. 히스토그램은 첫 시드의 신경망 그대로입니다. 이 너비의 신경망 하나가 전형적인 신경망에서 얼마나 벗어날까요?</translation>
    </message>
    <message>
        <source>Repeat over</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>Batch normalization after every hidden dense layer, before the activation: each unit is normalized to mean 0 and variance 1 over the batch, then scaled by a learned γ and shifted by β (the book&apos;s layer, ε = 1e-6).</source>
        <translation>모든 은닉 완전연결 계층 뒤, 활성화 함수 앞의 배치 정규화: 각 뉴런을 배치에 걸쳐 평균 0, 분산 1로 정규화한 뒤 학습되는 γ로 확대하고 β로 이동합니다 (책의 계층, ε = 1e-6).</translation>
    </message>
    <message>
        <source>Add a bias to every dense layer. At zero (the book&apos;s start) they change nothing at initialization; in training they are learned.</source>
        <translation>모든 완전연결 계층에 편향을 더합니다. 0에서 시작하면 (책의 시작값) 초기화 때는 아무것도 바꾸지 않고, 학습하면서 학습됩니다.</translation>
    </message>
    <message>
        <source>How biases start: &quot;zeros&quot;, or &quot;normal=0.1&quot; for N(0, 0.1²).</source>
        <translation>편향의 시작값: &quot;zeros&quot;, 또는 N(0, 0.1²)이면 &quot;normal=0.1&quot;.</translation>
    </message>
    <message>
        <source>Bias start</source>
        <translation>편향 초깃값</translation>
    </message>
    <message>
        <source>Give 1 to %1 whole numbers from 1 to %2, separated by commas; not applied.</source>
        <translation>1부터 %2까지의 정수를 1개에서 %1개까지 쉼표로 구분해 적으세요. 적용하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>initscope::ui::PhaseDiagramView</name>
    <message>
        <source>Order and chaos</source>
        <translation>질서와 혼돈</translation>
    </message>
    <message>
        <source>σ_w² = n_in·Var(W)  (log scale)</source>
        <translation>σ_w² = n_in·Var(W)  (로그 눈금)</translation>
    </message>
    <message>
        <source>σ_b² (bias variance)</source>
        <translation>σ_b² (편향의 분산)</translation>
    </message>
    <message>
        <source>log₁₀ χ₁</source>
        <translation>log₁₀ χ₁</translation>
    </message>
    <message>
        <source>critical line χ₁ = 1</source>
        <translation>임계선 χ₁ = 1</translation>
    </message>
    <message>
        <source>Where each initializer sits between order (blue: gradients shrink layer by layer) and chaos (red: they grow). The black line is χ₁ = 1, the edge of chaos. Click to try a custom initializer there.</source>
        <translation>각 초깃값이 질서(파랑: 기울기가 층마다 줄어듦)와 혼돈(빨강: 커짐) 사이 어디에 있는지. 검은 선은 혼돈의 경계 χ₁ = 1입니다. 클릭하면 그 자리의 사용자 지정 초깃값을 시험합니다.</translation>
    </message>
    <message>
        <source>Order and chaos: %1</source>
        <translation>질서와 혼돈: %1</translation>
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
        <translation>임계: 기울기의 크기가 유지됩니다</translation>
    </message>
    <message>
        <source>ordered: gradients shrink ×%1 per layer (÷e every %2 layers)</source>
        <translation>질서: 기울기가 층마다 ×%1로 줄어듭니다 (%2층마다 ÷e)</translation>
    </message>
    <message>
        <source>chaotic: gradients grow ×%1 per layer (×e every %2 layers)</source>
        <translation>혼돈: 기울기가 층마다 ×%1로 커집니다 (%2층마다 ×e)</translation>
    </message>
    <message>
        <source>Click: a custom initializer here</source>
        <translation>클릭: 여기에 사용자 지정 초깃값</translation>
    </message>
</context>
<context>
    <name>initscope::ui::PresentationMode</name>
    <message>
        <source>&amp;Presentation</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>발표 모드 나가기</translation>
    </message>
    <message>
        <source>Settings strip</source>
        <translation>설정 띠</translation>
    </message>
    <message>
        <source>For a projector: full screen, the settings folded away, every plot&apos;s text and lines ×1.6, the lesson&apos;s caption as a title (F5; Esc leaves)</source>
        <translation>프로젝터용: 전체 화면, 설정은 접고, 모든 그래프의 글자와 선을 1.6배로, 수업 설명을 제목 줄로 (F5, Esc로 나감)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Show or hide the settings</source>
        <translation>설정 보이기/숨기기</translation>
    </message>
</context>
<context>
    <name>initscope::ui::RunStatus</name>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Weight scales finished: %1 / %2</source>
        <translation>끝난 가중치 척도: %1 / %2</translation>
    </message>
    <message>
        <source>Iteration %1 / %2</source>
        <translation>반복 %1 / %2</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 일시 정지</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · 약 %1초 남음</translation>
    </message>
    <message>
        <source> · %1 it/s · %2 s left</source>
        <translation> · 초당 %1회 · %2초 남음</translation>
    </message>
</context>
<context>
    <name>initscope::ui::TrainingController</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Training on %1…</source>
        <translation>%1(으)로 학습 중…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지했습니다.</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>%1초 만에 끝났습니다.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>학습에 실패했습니다.</translation>
    </message>
    <message>
        <source>Training could not start: see the message above.</source>
        <translation>학습을 시작할 수 없습니다. 위의 메시지를 보세요.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>준비 중…</translation>
    </message>
    <message>
        <source>Step: training runs to the first snapshot (iteration %1), then pauses.</source>
        <translation>한 단계: 첫 스냅숏(%1번째 반복)까지 학습한 뒤 일시 정지합니다.</translation>
    </message>
    <message>
        <source>Press Run (Space) to train one network per initializer on the same mini-batches.</source>
        <translation>실행(스페이스)을 누르면 초깃값마다 신경망 하나씩, 같은 미니배치로 학습합니다.</translation>
    </message>
</context>
<context>
    <name>initscope::ui::TrainingModePage</name>
    <message>
        <source>Compare initializers (fig. 6-15)</source>
        <translation>초깃값 비교 (그림 6-15)</translation>
    </message>
    <message>
        <source>Batch norm sweep (fig. 6-18, 6-19)</source>
        <translation>배치 정규화 비교 (그림 6-18, 6-19)</translation>
    </message>
    <message>
        <source>What the Training tab trains: one network per initializer on MNIST, or the book&apos;s network with and without batch normalization for a range of weight scales.</source>
        <translation>학습 탭에서 학습할 것: 초깃값마다 MNIST로 신경망 하나씩, 또는 여러 가중치 척도에서 배치 정규화를 쓴 책의 신경망과 쓰지 않은 신경망.</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>실험</translation>
    </message>
</context>
<context>
    <name>initscope::ui::TrainingSettingsGroup</name>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>A folder with the four MNIST-format IDX files, or a name: &apos;mnist&apos; ($INITSCOPE_MNIST or ~/.local/share/initscope/mnist) or &apos;fashion-mnist&apos; (Debian&apos;s dataset-fashion-mnist package).</source>
        <translation>MNIST 형식 IDX 파일 네 개가 든 폴더, 또는 이름: &apos;mnist&apos; ($INITSCOPE_MNIST 또는 ~/.local/share/initscope/mnist) 또는 &apos;fashion-mnist&apos; (데비안의 dataset-fashion-mnist 패키지).</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a dataset folder</source>
        <translation>데이터셋 폴더 선택</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
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
        <translation>갱신 방법 (책: SGD).</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Learning rate η. The book&apos;s: 0.01 for SGD, Momentum and AdaGrad, 0.001 for Adam; choosing an optimizer sets its rate. Too large a rate makes training diverge.</source>
        <translation>학습률 η. 책의 값: SGD, 모멘텀, AdaGrad는 0.01, Adam은 0.001이며, 옵티마이저를 고르면 그 학습률로 바뀝니다. 학습률이 너무 크면 학습이 발산합니다.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Images per mini-batch, drawn with replacement (the book: 128).</source>
        <translation>미니배치당 이미지 수, 복원 추출 (책: 128).</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Mini-batch updates per network (the book: 2000).</source>
        <translation>신경망마다의 미니배치 갱신 횟수 (책: 2000).</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>Every this many iterations: test accuracy and fresh histograms.</source>
        <translation>이 반복 횟수마다 시험 정확도와 새 히스토그램을 잽니다.</translation>
    </message>
    <message>
        <source>Snapshot every</source>
        <translation>스냅숏 간격</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>데이터셋 폴더</translation>
    </message>
</context>
<context>
    <name>initscope::ui::TrainingView</name>
    <message>
        <source>Faint: each mini-batch; bold: smoothed.</source>
        <translation>흐린 선: 미니배치마다, 굵은 선: 평활.</translation>
    </message>
    <message>
        <source>Smoothing window</source>
        <translation>평활 창 크기</translation>
    </message>
    <message>
        <source>Points in the Kaiser window that smooths the bold curves (the book: 11).</source>
        <translation>굵은 곡선을 평활하는 카이저 창의 점 수 (책: 11).</translation>
    </message>
    <message>
        <source>Scrub back through earlier snapshots: every view follows (the grid, the marks on the curves, the heat maps&apos; and the histograms&apos; highlighted iteration). At the right end they follow training live.</source>
        <translation>이전 스냅숏으로 되감아 봅니다. 모든 보기가 따라갑니다 (격자, 곡선의 표시, 히트맵과 히스토그램에서 강조한 반복). 오른쪽 끝에서는 학습을 실시간으로 따라갑니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per layer&lt;/b&gt;, on a fixed probe batch:</source>
        <translation>&lt;b&gt;층별&lt;/b&gt;, 고정된 측정용 배치에서:</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화값</translation>
    </message>
    <message>
        <source>Gradients dL/dA</source>
        <translation>기울기 dL/dA</translation>
    </message>
    <message>
        <source>Weights W</source>
        <translation>가중치 W</translation>
    </message>
    <message>
        <source>Weight gradients dL/dW</source>
        <translation>가중치 기울기 dL/dW</translation>
    </message>
    <message>
        <source>What the grid&apos;s histograms show: each hidden layer&apos;s activations A; the gradient dL/dA reaching it (watch it vanish or explode); its weights W; or their gradient dL/dW on the probe batch.</source>
        <translation>격자의 히스토그램이 보여 주는 것: 각 은닉층의 활성화값 A, 그 층에 도달하는 기울기 dL/dA (소실이나 폭발을 지켜보세요), 가중치 W, 또는 측정용 배치에서의 가중치 기울기 dL/dW.</translation>
    </message>
    <message>
        <source>Per layer</source>
        <translation>층별</translation>
    </message>
    <message>
        <source>Update ratio</source>
        <translation>갱신 비율</translation>
    </message>
    <message>
        <source>Layer × time</source>
        <translation>층 × 시간</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>시간에 따라</translation>
    </message>
    <message>
        <source>How big each step is against the weights, per layer: log₁₀ std(ΔW)/std(W). Around −3 (Karpathy&apos;s rule of thumb) a layer learns at a healthy pace; far below, it hardly moves.</source>
        <translation>층마다 한 번의 갱신이 가중치에 비해 얼마나 큰지: log₁₀ std(ΔW)/std(W). −3 근처(카파시의 경험칙)면 층이 알맞은 속도로 학습하고, 그보다 훨씬 낮으면 거의 움직이지 않습니다.</translation>
    </message>
    <message>
        <source>One statistic of every layer at every snapshot: when and where units die, saturate or gradients fade.</source>
        <translation>모든 층의 한 통계를 모든 스냅숏에서: 언제 어디서 뉴런이 죽거나 포화되는지, 기울기가 사라지는지.</translation>
    </message>
    <message>
        <source>One layer&apos;s histograms stacked over the snapshots, and its percentiles over time.</source>
        <translation>한 층의 히스토그램을 스냅숏마다 쌓고, 백분위수를 시간에 따라 보여 줍니다.</translation>
    </message>
    <message>
        <source>Press Run (Space) to train one network per initializer on the same mini-batches.</source>
        <translation>실행(스페이스)을 누르면 초깃값마다 신경망 하나씩, 같은 미니배치로 학습합니다.</translation>
    </message>
    <message>
        <source>Training loss on %1</source>
        <translation>%1 훈련 손실</translation>
    </message>
    <message>
        <source>Loading the dataset…</source>
        <translation>데이터셋 불러오는 중…</translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation>아직 스냅숏 없음</translation>
    </message>
    <message>
        <source>Iteration %1 (live)</source>
        <translation>%1번째 반복 (실시간)</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>%1번째 반복</translation>
    </message>
    <message>
        <source>acc %1%</source>
        <translation>정확도 %1%</translation>
    </message>
    <message>
        <source>diverged at %1</source>
        <translation>%1에서 발산</translation>
    </message>
    <message>
        <source>dense %1: %2</source>
        <translation>완전연결 %1: %2</translation>
    </message>
    <message>
        <source>σ %1</source>
        <translation>σ %1</translation>
    </message>
    <message>
        <source>%1 — layer %2, %3, iteration %4</source>
        <translation>%1 — %2층, %3, %4번째 반복</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>%1층</translation>
    </message>
</context>
<context>
    <name>initscope::ui::UpdateRatioPlot</name>
    <message>
        <source>Update : data ratio per step, log₁₀ std(ΔW)/std(W) (dashed: 10⁻³, the rule of thumb)</source>
        <translation>스텝마다의 갱신 : 데이터 비율, log₁₀ std(ΔW)/std(W) (점선: 경험칙 10⁻³)</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>log₁₀ update:data</source>
        <translation>log₁₀ 갱신:데이터</translation>
    </message>
    <message>
        <source>10⁻³</source>
        <translation>10⁻³</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2, iteration %3&lt;br&gt;update:data %4 (log₁₀ %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2, %3번째 반복&lt;br&gt;갱신:데이터 %4 (log₁₀ %5)</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력층</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>%1층</translation>
    </message>
</context>
</TS>
