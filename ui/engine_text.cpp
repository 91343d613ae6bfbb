#include "engine_text.h"

#include <QCoreApplication>
#include <exception>

#include "io/presets.h"
#include "nn/activation.h"
#include "nn/initializer.h"

namespace initscope::ui {

namespace {
// lupdate reads the context from this class's name.
struct EngineText {
    Q_DECLARE_TR_FUNCTIONS(EngineText)
};

QString fromStd(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

QString activationName(std::string_view code) {
    if (code == "sigmoid") return EngineText::tr("Sigmoid");
    if (code == "tanh") return EngineText::tr("tanh");
    if (code == "relu") return EngineText::tr("ReLU");
    if (code == "leaky-relu") return EngineText::tr("Leaky ReLU");
    if (code == "elu") return EngineText::tr("ELU");
    if (code == "selu") return EngineText::tr("SELU");
    if (code == "gelu") return EngineText::tr("GELU");
    if (code == "softplus") return EngineText::tr("Softplus");
    if (code == "linear") return EngineText::tr("Linear (identity)");
    return QString::fromUtf8(code.data(), static_cast<int>(code.size()));
}

QString initializerName(const std::string& spec) {
    if (spec == "xavier") return EngineText::tr("Xavier");
    if (spec == "he") return EngineText::tr("He");
    if (spec == "he-uniform") return EngineText::tr("He uniform");
    if (spec == "glorot-normal") return EngineText::tr("Glorot normal");
    if (spec == "glorot-uniform") return EngineText::tr("Glorot uniform");
    if (spec == "lecun-normal") return EngineText::tr("LeCun normal");
    if (spec == "lecun-uniform") return EngineText::tr("LeCun uniform");
    if (spec == "lsuv") return EngineText::tr("LSUV");
    if (spec == "zeros") return EngineText::tr("Zeros");
    try {
        const auto init = makeInitializer(spec);
        if (init->distribution() == BaseDistribution::Orthogonal) {
            const double gain = init->scale(1, 1);
            return gain == 1.0 ? EngineText::tr("Orthogonal") : EngineText::tr("Orthogonal ×%1").arg(fromStd(formatNumber(gain, 6)));
        }
        return fromStd(init->displayName());  // "std = 0.01", "uniform ±0.05": symbols only
    } catch (const std::exception&) {
        return fromStd(spec);
    }
}

QString initializerFormula(const Initializer& init) {
    const std::string f = init.formula();
    if (f == "σ fixed") return EngineText::tr("σ fixed");
    if (f == "a fixed") return EngineText::tr("a fixed");
    if (f == "W = gain·Q, QR of a Gaussian matrix") return EngineText::tr("W = gain·Q, QR of a Gaussian matrix");
    if (f == "orthonormal, then Var(Z) = 1 on data") return EngineText::tr("orthonormal, then Var(Z) = 1 on data");
    return fromStd(f);  // a formula: "σ = √(2/n_in)"
}

QString initializerDescription(const Initializer& init, int fanIn, int fanOut) {
    const QString name = initializerName(init.spec());
    const double s = init.scale(fanIn, fanOut);
    QString symbol;
    switch (init.distribution()) {
        case BaseDistribution::Normal: symbol = QStringLiteral("σ"); break;
        case BaseDistribution::Uniform: symbol = QStringLiteral("a"); break;
        case BaseDistribution::Orthogonal: symbol = EngineText::tr("gain"); break;
        case BaseDistribution::Zeros: return name + QStringLiteral(": W = 0");
    }
    const QString formula = initializerFormula(init);
    const QString value = fromStd(formatNumber(s));
    if (formula.startsWith(symbol + QStringLiteral(" = "))) return QStringLiteral("%1: %2 = %3").arg(name, formula, value);
    return QStringLiteral("%1: %2 = %3").arg(name, symbol, value);
}

QString initializerFormulaWithNumbers(const Initializer& init, int fanIn, int fanOut) {
    const QString formula = initializerFormula(init);
    const QString value = fromStd(formatNumber(init.scale(fanIn, fanOut)));
    if (init.distribution() == BaseDistribution::Zeros) return initializerDescription(init, fanIn, fanOut);
    if (!formula.contains(QStringLiteral("n_in")) && !formula.contains(QStringLiteral("n_out"))) {
        return initializerDescription(init, fanIn, fanOut);  // "std = 0.01: σ = 0.01", LSUV, orthogonal
    }
    QString numbers = formula;
    numbers.replace(QStringLiteral("n_in"), QString::number(fanIn)).replace(QStringLiteral("n_out"), QString::number(fanOut));
    const qsizetype eq = numbers.indexOf(QStringLiteral(" = "));
    const QString rhs = eq >= 0 ? numbers.mid(eq + 3) : numbers;
    return QStringLiteral("%1: %2 = %3 = %4").arg(initializerName(init.spec()), formula, rhs, value);
}

QString statisticsGlossary(std::string_view code) {
    const Activation& a = activationByName(std::string(code));
    QStringList lines;
    if (a.hasSaturation()) {
        const auto [lo, hi] = a.saturationBounds();
        lines << EngineText::tr("<i>Saturated</i>: outside (%1, %2), where %3 is nearly flat: its derivative is near 0 "
                                "and little gradient passes back.")
                     .arg(lo)
                     .arg(hi)
                     .arg(activationName(code));
    }
    if (a.hasDeadUnits()) {
        lines << EngineText::tr("<i>Dead</i>: exactly 0 (the input was negative): such a unit passes no gradient back.");
    }
    return lines.join(QStringLiteral("<br>"));
}

InitializerFacts initializerFacts(const std::string& spec) {
    InitializerFacts f;
    f.name = initializerName(spec);
    const auto init = makeInitializer(spec);
    switch (init->distribution()) {
        case BaseDistribution::Normal: f.distribution = EngineText::tr("normal N(0, σ²)"); break;
        case BaseDistribution::Uniform: f.distribution = EngineText::tr("uniform U(−a, a), variance a²/3"); break;
        case BaseDistribution::Orthogonal: f.distribution = EngineText::tr("orthogonal: W = gain·Q, Q from the QR of a Gaussian matrix"); break;
        case BaseDistribution::Zeros: f.distribution = EngineText::tr("all zero"); break;
    }
    if (spec == "xavier" || spec == "lecun-normal" || spec == "lecun-uniform") {
        f.variance = QStringLiteral("Var(W) = 1/n_in");
        f.why = EngineText::tr("Keeps the variance of each layer's output equal to its input's for a linear or tanh-like "
                               "activation near 0, so activations neither shrink nor grow with depth.");
        f.paper = spec == "xavier" ? EngineText::tr("Glorot & Bengio 2010 (the book's \"Xavier\": σ = 1/√n)")
                                   : EngineText::tr("LeCun, Bottou, Orr & Müller 1998, \"Efficient BackProp\"");
    } else if (spec == "glorot-normal" || spec == "glorot-uniform") {
        f.variance = QStringLiteral("Var(W) = 2/(n_in + n_out)");
        f.why = EngineText::tr("A compromise between keeping the forward signal (1/n_in) and the backward gradient "
                               "(1/n_out) the same size through every layer.");
        f.paper = EngineText::tr("Glorot & Bengio 2010, \"Understanding the difficulty of training deep feedforward "
                                 "neural networks\"");
    } else if (spec == "he" || spec == "he-uniform") {
        f.variance = QStringLiteral("Var(W) = 2/n_in");
        f.why = EngineText::tr("ReLU zeroes half of its inputs and so halves the variance: twice Xavier's variance "
                               "gives it back, layer after layer.");
        f.paper = EngineText::tr("He, Zhang, Ren & Sun 2015, \"Delving deep into rectifiers\"");
    } else if (init->distribution() == BaseDistribution::Orthogonal && spec != "lsuv") {
        f.variance = QStringLiteral("Var(W) = gain²/max(n_in, n_out)");
        f.why = EngineText::tr("Every singular value of W is the gain: a linear network passes every direction of "
                               "the signal and the gradient alike (dynamical isometry).");
        f.paper = EngineText::tr("Saxe, McClelland & Ganguli 2014, \"Exact solutions to the nonlinear dynamics of "
                                 "learning in deep linear neural networks\"");
    } else if (spec == "lsuv") {
        f.variance = EngineText::tr("chosen on data: Var(Z) = 1 in every layer");
        f.why = EngineText::tr("Starts orthogonal, then rescales each layer on a batch until its output has unit "
                               "variance, whatever the activation.");
        f.paper = EngineText::tr("Mishkin & Matas 2016, \"All you need is a good init\"");
    } else if (spec == "zeros") {
        f.variance = QStringLiteral("Var(W) = 0");
        f.why = EngineText::tr("Every unit computes the same and receives the same gradient: they never become "
                               "different (the book's warning about equal weights).");
    } else {
        f.variance = init->distribution() == BaseDistribution::Uniform ? EngineText::tr("Var(W) = a²/3, fixed")
                                                                       : EngineText::tr("Var(W) = σ², fixed");
        f.why = EngineText::tr("A fixed scale, whatever the layer's width: the book's std = 1 and std = 0.01.");
    }
    return f;
}

QString recommendedGain(std::string_view code) {
    const Activation& a = activationByName(std::string(code));
    return EngineText::tr("Recommended gain for %1: %2").arg(activationName(code), fromStd(std::string(a.gainFormula())));
}

QString presetTitle(const Preset& p) {
    const std::string& n = p.name;
    if (n == "fig6-10-sigmoid-std1") return EngineText::tr("Figure 6-10: sigmoid, std = 1");
    if (n == "fig6-11-sigmoid-std0.01") return EngineText::tr("Figure 6-11: sigmoid, std = 0.01");
    if (n == "fig6-13-sigmoid-xavier") return EngineText::tr("Figure 6-13: sigmoid, Xavier");
    if (n == "fig6-14-relu") return EngineText::tr("Figure 6-14: ReLU with std = 0.01, Xavier and He");
    if (n == "tanh-xavier-book-range") return EngineText::tr("tanh, Xavier, the book's (0, 1) range");
    if (n == "tanh-xavier-full-range") return EngineText::tr("tanh, Xavier, the full (−1, 1) range");
    if (n == "all-four-sigmoid") return EngineText::tr("All four initializers with sigmoid");
    if (n == "all-four-relu") return EngineText::tr("All four initializers with ReLU");
    if (n == "backward-sigmoid-std1") return EngineText::tr("The book's claim about sigmoid and std = 1, measured");
    if (n == "backward-relu-xavier-he") return EngineText::tr("ReLU: Xavier vs He, backward");
    if (n == "fig6-15-mnist-comparison") return EngineText::tr("Figure 6-15: MNIST, std = 0.01 vs Xavier vs He");
    if (n == "fig6-18-batch-norm") return EngineText::tr("Figure 6-18: Batch Normalization speeds up learning");
    if (n == "fig6-19-batch-norm-sweep") return EngineText::tr("Figure 6-19: Batch Normalization across 16 weight scales");
    return fromStd(p.title);
}

QString presetDescription(const Preset& p) {
    const std::string& n = p.name;
    if (n == "fig6-10-sigmoid-std1")
        return EngineText::tr("Activations pile up at 0 and 1: the sigmoid saturates and its gradients vanish.");
    if (n == "fig6-11-sigmoid-std0.01")
        return EngineText::tr("Activations crowd around 0.5: every unit outputs nearly the same value.");
    if (n == "fig6-13-sigmoid-xavier")
        return EngineText::tr("Xavier's σ = 1/√n keeps a broad spread of activations in every layer.");
    if (n == "fig6-14-relu")
        return EngineText::tr("Under ReLU, std = 0.01 vanishes, Xavier drifts towards 0, He keeps its spread.");
    if (n == "tanh-xavier-book-range")
        return EngineText::tr("The book's remark that tanh is symmetric, drawn on (0, 1): the negative half is hidden.");
    if (n == "tanh-xavier-full-range") return EngineText::tr("The same tanh activations on their whole range: symmetric about 0.");
    if (n == "all-four-sigmoid") return EngineText::tr("std = 1, std = 0.01, Xavier and He side by side under sigmoid.");
    if (n == "all-four-relu") return EngineText::tr("std = 1, std = 0.01, Xavier and He side by side under ReLU.");
    if (n == "backward-sigmoid-std1")
        return EngineText::tr("Gradients dL/dA sent back through sigmoid layers: saturation shrinks each unit's derivative, yet "
                              "std = 1's large weights carry the gradient back undiminished; Xavier's shrinks about 4× per layer.");
    if (n == "backward-relu-xavier-he")
        return EngineText::tr("Gradients dL/dA sent back through ReLU layers: Xavier's shrink layer by layer towards the input, "
                              "He's hold their size (the depth profile shows both directions).");
    if (n == "fig6-15-mnist-comparison")
        return EngineText::tr("784-100-100-100-100-10, ReLU, SGD lr 0.01, batch 128, 2000 iterations: std = 0.01 never "
                              "learns, He learns fastest.");
    if (n == "fig6-18-batch-norm")
        return EngineText::tr("The book's network with weights N(0, 0.01²), trained with and without BatchNorm on the same "
                              "batches: with it, the training accuracy rises far sooner.");
    if (n == "fig6-19-batch-norm-sweep")
        return EngineText::tr("w from 1 to 0.0001: without BatchNorm only w ≈ 0.1–0.3 learns; with it every scale does.");
    return fromStd(p.description);
}

}  // namespace initscope::ui
