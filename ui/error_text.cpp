#include "error_text.h"

#include <QCoreApplication>
#include <functional>
#include <map>

namespace initscope::ui {
namespace {

class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
};

QString arg(const Problem& p, std::size_t i) {
    return i < p.args.size() ? QString::fromStdString(p.args[i]) : QString();
}

// Code → sentence. Each entry's arguments are documented by the engine's throw site.
using Wording = std::function<QString(const Problem&)>;
const std::map<std::string, Wording>& wordings() {
    static const std::map<std::string, Wording> w = {
        {"field.missing", [](const Problem&) { return ErrorText::tr("missing field"); }},
        {"field.unknown", [](const Problem&) { return ErrorText::tr("unknown field"); }},
        {"field.duplicate", [](const Problem&) { return ErrorText::tr("duplicate field (given twice in one object)"); }},
        {"field.unknown_in_version",
         [](const Problem& p) { return ErrorText::tr("unknown field (in a version-%1 file)").arg(arg(p, 0)); }},
        {"value.object", [](const Problem&) { return ErrorText::tr("must be a JSON object"); }},
        {"value.string", [](const Problem&) { return ErrorText::tr("must be a string"); }},
        {"value.boolean", [](const Problem&) { return ErrorText::tr("must be true or false"); }},
        {"value.count", [](const Problem&) { return ErrorText::tr("must be a whole number ≥ 0"); }},
        {"value.integer", [](const Problem&) { return ErrorText::tr("must be a whole number"); }},
        {"value.number", [](const Problem&) { return ErrorText::tr("must be a number"); }},
        {"value.finite", [](const Problem&) { return ErrorText::tr("must be finite"); }},
        {"value.strings", [](const Problem&) { return ErrorText::tr("must be an array of strings"); }},
        {"value.numbers", [](const Problem&) { return ErrorText::tr("must be an array of numbers"); }},
        {"value.counts", [](const Problem&) { return ErrorText::tr("must be an array of whole numbers"); }},
        {"value.list", [](const Problem&) { return ErrorText::tr("must be a list"); }},
        {"value.empty", [](const Problem&) { return ErrorText::tr("must not be empty"); }},
        {"value.range",
         [](const Problem& p) { return ErrorText::tr("must be %1 to %2, got %3").arg(arg(p, 0), arg(p, 1), arg(p, 2)); }},
        {"value.range_max", [](const Problem& p) { return ErrorText::tr("must be %1 to %2").arg(arg(p, 0), arg(p, 1)); }},
        {"value.at_least", [](const Problem& p) { return ErrorText::tr("must be at least %1").arg(arg(p, 0)); }},
        {"value.at_least_one", [](const Problem&) { return ErrorText::tr("give at least one"); }},
        {"value.at_most", [](const Problem& p) { return ErrorText::tr("at most %1").arg(arg(p, 0)); }},
        {"value.layer_count",
         [](const Problem& p) { return ErrorText::tr("give 1 to %1 layer widths, got %2").arg(arg(p, 0), arg(p, 1)); }},
        {"value.layer_count_max",
         [](const Problem& p) { return ErrorText::tr("give 1 to %1 hidden layer sizes").arg(arg(p, 0)); }},
        {"value.layer_width",
         [](const Problem& p) { return ErrorText::tr("each layer needs 1 to %1 units, got %2").arg(arg(p, 0), arg(p, 1)); }},
        {"value.layer_width_max",
         [](const Problem& p) { return ErrorText::tr("each layer needs 1 to %1 units").arg(arg(p, 0)); }},
        {"value.samples_times_width",
         [](const Problem& p) { return ErrorText::tr("samples × the widest layer must be at most %1").arg(arg(p, 0)); }},
        {"value.histogram_range", [](const Problem&) { return ErrorText::tr("must be \"auto\" or [low, high]"); }},
        {"value.range_finite", [](const Problem&) { return ErrorText::tr("bounds must be finite numbers"); }},
        {"value.range_order", [](const Problem&) { return ErrorText::tr("the low bound must be below the high bound"); }},
        {"value.bias_needs_biases", [](const Problem&) { return ErrorText::tr("a normal bias needs biases (bias: true)"); }},
        {"value.dataset_empty", [](const Problem&) { return ErrorText::tr("must name a folder or dataset"); }},
        {"value.learning_rate", [](const Problem&) { return ErrorText::tr("must be a number in (0, 1000]"); }},
        {"value.eval_samples", [](const Problem&) { return ErrorText::tr("must be 0 (all) or more"); }},
        {"value.scale_count", [](const Problem& p) { return ErrorText::tr("give 1 to %1 weight scales").arg(arg(p, 0)); }},
        {"value.scale", [](const Problem& p) { return ErrorText::tr("each scale must be in (0, 100], got %1").arg(arg(p, 0)); }},
        {"value.view",
         [](const Problem&) { return ErrorText::tr("must be \"activations\", \"training\" or \"bn-sweep\""); }},
        {"value.quantity",
         [](const Problem&) {
             return ErrorText::tr("must be \"activations\", \"pre-activations\", \"gradients\" or \"weight-gradients\"");
         }},
        {"json.nul", [](const Problem& p) { return ErrorText::tr("a NUL byte at %1: not a text file").arg(arg(p, 0)); }},
        {"json.malformed", [](const Problem& p) { return ErrorText::tr("malformed JSON: %1").arg(arg(p, 0)); }},
        {"file.format", [](const Problem& p) { return ErrorText::tr("must be \"%1\"").arg(arg(p, 0)); }},
        {"file.version_missing", [](const Problem&) { return ErrorText::tr("missing or not a whole number"); }},
        {"file.version_newer",
         [](const Problem& p) {
             return ErrorText::tr("file version %1 is newer than this InitScope reads (%2): update InitScope")
                 .arg(arg(p, 0), arg(p, 1));
         }},
        {"file.version_low", [](const Problem&) { return ErrorText::tr("must be 1 or more"); }},
        {"file.cannot_open", [](const Problem&) { return ErrorText::tr("cannot open the file"); }},
        {"file.cannot_read", [](const Problem&) { return ErrorText::tr("cannot read the file"); }},
        {"lesson.texts",
         [](const Problem&) { return ErrorText::tr("must be an object of texts by language: {\"en\": \"…\", \"ko\": \"…\"}"); }},
        {"lesson.settings",
         [](const Problem&) { return ErrorText::tr("must be an object of settings: {\"activations.depth\": 10}"); }},
        {"lesson.setting_unknown",
         [](const Problem&) {
             return ErrorText::tr("unknown setting (write it as the experiment file does, e.g. activations.activation)");
         }},
        {"lesson.steps", [](const Problem&) { return ErrorText::tr("must be a list of one or more steps"); }},
        {"lesson.version_newer",
         [](const Problem& p) { return ErrorText::tr("newer than this InitScope reads (%1): update InitScope").arg(arg(p, 0)); }},
        {"lesson.preset_unknown", [](const Problem& p) { return ErrorText::tr("no preset named \"%1\"").arg(arg(p, 0)); }},
        {"lesson.unknown",
         [](const Problem& p) {
             return ErrorText::tr("no lesson named \"%1\" (built in: %2; or open a lesson file)").arg(arg(p, 0), arg(p, 1));
         }},
        {"init.not_number",
         [](const Problem& p) { return ErrorText::tr("'%1': '%2' is not a number").arg(arg(p, 0), arg(p, 1)); }},
        {"init.value_nonnegative", [](const Problem& p) { return ErrorText::tr("'%1': the value must be ≥ 0").arg(arg(p, 0)); }},
        {"init.value_positive", [](const Problem& p) { return ErrorText::tr("'%1': the value must be > 0").arg(arg(p, 0)); }},
        {"init.value_max", [](const Problem& p) { return ErrorText::tr("'%1': the value must be ≤ 1e6").arg(arg(p, 0)); }},
        {"init.no_value", [](const Problem& p) { return ErrorText::tr("'%1': %2 takes no value").arg(arg(p, 0), arg(p, 1)); }},
        {"init.unknown", [](const Problem& p) { return ErrorText::tr("unknown initializer '%1'").arg(arg(p, 0)); }},
        {"optimizer.unknown",
         [](const Problem& p) { return ErrorText::tr("unknown optimizer '%1' (choose sgd, momentum, adagrad or adam)").arg(arg(p, 0)); }},
        {"bias.sigma",
         [](const Problem& p) { return ErrorText::tr("normal=<σ_b> needs a number from 0 to 1000, got '%1'").arg(arg(p, 0)); }},
        {"bias.unknown",
         [](const Problem& p) { return ErrorText::tr("unknown bias initializer '%1' (choose zeros or normal=<σ_b>)").arg(arg(p, 0)); }},
        {"file.not_found", [](const Problem&) { return ErrorText::tr("file not found"); }},
        {"file.is_folder", [](const Problem&) { return ErrorText::tr("is a folder, expected a file"); }},
        {"file.not_folder", [](const Problem&) { return ErrorText::tr("is not a folder"); }},
        {"file.not_regular", [](const Problem&) { return ErrorText::tr("is not a regular file"); }},
        {"file.empty", [](const Problem&) { return ErrorText::tr("the file is empty"); }},
        {"file.no_name", [](const Problem&) { return ErrorText::tr("no name given"); }},
        {"file.cannot_write", [](const Problem& p) { return ErrorText::tr("cannot write (%1)").arg(arg(p, 0)); }},
        {"file.cannot_replace", [](const Problem& p) { return ErrorText::tr("cannot replace (%1)").arg(arg(p, 0)); }},
        {"file.cannot_create", [](const Problem& p) { return ErrorText::tr("cannot create (%1)").arg(arg(p, 0)); }},
        {"file.cannot_read_detail", [](const Problem& p) { return ErrorText::tr("cannot read (%1)").arg(arg(p, 0)); }},
        {"idx.truncated", [](const Problem&) { return ErrorText::tr("truncated: the IDX header is incomplete"); }},
        {"idx.magic", [](const Problem&) { return ErrorText::tr("wrong magic number: not an IDX file"); }},
        {"dataset.folder_not_found", [](const Problem&) { return ErrorText::tr("dataset folder not found"); }},
        {"dataset.fashion_missing",
         [](const Problem& p) {
             return ErrorText::tr("Fashion-MNIST is not in %1: install the package dataset-fashion-mnist").arg(arg(p, 0));
         }},
        {"dataset.mnist_missing",
         [](const Problem& p) {
             return ErrorText::tr("MNIST not found (looked in %1): put its four IDX files in one of those folders or set "
                                  "INITSCOPE_MNIST, or choose fashion-mnist")
                 .arg(arg(p, 0));
         }},
        {"dataset.folder_missing",
         [](const Problem& p) {
             return ErrorText::tr("dataset folder '%1' not found: give a folder holding the four IDX files, "
                                  "mnist or fashion-mnist")
                 .arg(arg(p, 0));
         }},
        {"dataset.none",
         [](const Problem& p) {
             return ErrorText::tr("neither MNIST (looked in %1) nor Fashion-MNIST is installed: install the package "
                                  "dataset-fashion-mnist, or see Help → Getting MNIST")
                 .arg(arg(p, 0));
         }},
        {"activation.unknown",
         [](const Problem& p) { return ErrorText::tr("unknown activation '%1' (choose one of: %2)").arg(arg(p, 0), arg(p, 1)); }},
        {"preset.unknown",
         [](const Problem& p) { return ErrorText::tr("unknown preset '%1' (choose one of: %2)").arg(arg(p, 0), arg(p, 1)); }},
        {"value.bias_std", [](const Problem&) { return ErrorText::tr("must be a finite σ_b ≥ 0"); }},
        {"value.input_variance", [](const Problem&) { return ErrorText::tr("must be a finite variance > 0"); }},
        {"json.invalid", [](const Problem& p) { return ErrorText::tr("invalid file: %1").arg(arg(p, 0)); }},
        {"file.folder_not_empty",
         [](const Problem& p) { return ErrorText::tr("holds other files ('%1'): choose an empty or new folder").arg(arg(p, 0)); }},
        {"file.too_large", [](const Problem& p) { return ErrorText::tr("the file is too large (%1 bytes)").arg(arg(p, 0)); }},
        // IDX files (arguments are numbers; sizes come formatted, "1.2 GB").
        {"idx.gzip_corrupt", [](const Problem& p) { return ErrorText::tr("corrupt gzip stream (%1)").arg(arg(p, 0)); }},
        {"idx.element_type",
         [](const Problem& p) {
             return ErrorText::tr("unsupported IDX element type %1 (only unsigned bytes, 0x08)").arg(arg(p, 0));
         }},
        {"idx.dimensions",
         [](const Problem& p) { return ErrorText::tr("the IDX header gives %1 dimensions (expected 1 to 4)").arg(arg(p, 0)); }},
        {"idx.dimension_zero", [](const Problem& p) { return ErrorText::tr("IDX dimension %1 is 0").arg(arg(p, 0)); }},
        {"idx.too_large",
         [](const Problem& p) { return ErrorText::tr("the IDX header claims more than %1 bytes of data").arg(arg(p, 0)); }},
        {"idx.data_truncated",
         [](const Problem& p) {
             return ErrorText::tr("truncated: the header claims %1 data bytes, the file holds %2").arg(arg(p, 0), arg(p, 1));
         }},
        {"idx.data_trailing",
         [](const Problem& p) {
             return ErrorText::tr("trailing data: the header claims %1 data bytes, the file holds %2").arg(arg(p, 0), arg(p, 1));
         }},
        {"idx.data_more",
         [](const Problem& p) {
             return ErrorText::tr("trailing data: the file holds more than the header's %1 data bytes").arg(arg(p, 0));
         }},
        {"idx.memory",
         [](const Problem& p) {
             return ErrorText::tr("holds %1 of data, more than this machine can load (%2 of memory free)").arg(arg(p, 0), arg(p, 1));
         }},
        // Datasets.
        {"dataset.image_dims",
         [](const Problem& p) {
             return ErrorText::tr("expected 3 dimensions (count, rows, columns), found %1").arg(arg(p, 0));
         }},
        {"dataset.label_dims",
         [](const Problem& p) { return ErrorText::tr("expected 1 dimension (count), found %1").arg(arg(p, 0)); }},
        {"dataset.label_count",
         [](const Problem& p) {
             return ErrorText::tr("holds %1 labels but the image file holds %2 images").arg(arg(p, 0), arg(p, 1));
         }},
        {"dataset.image_size", [](const Problem& p) { return ErrorText::tr("images of %1 pixels are too large").arg(arg(p, 0)); }},
        {"dataset.label_class",
         [](const Problem& p) {
             return ErrorText::tr("label %1 at index %2 is not a digit class 0–9").arg(arg(p, 0), arg(p, 1));
         }},
        {"dataset.pixels_differ",
         [](const Problem& p) {
             return ErrorText::tr("training images have %1 pixels but test images %2").arg(arg(p, 0), arg(p, 1));
         }},
        {"dataset.no_images", [](const Problem&) { return ErrorText::tr("the dataset has no training or no test images"); }},
        {"dataset.split_small",
         [](const Problem& p) {
             return ErrorText::tr("the training split has %1 images, fewer than train_size %2").arg(arg(p, 0), arg(p, 1));
         }},
        // Memory (sizes come formatted: needed, free).
        {"memory.activations",
         [](const Problem& p) {
             return ErrorText::tr("these settings need about %1 of memory, but %2 is free; reduce the width, depth, "
                                  "samples or number of initializers")
                 .arg(arg(p, 0), arg(p, 1));
         }},
        {"memory.training",
         [](const Problem& p) {
             return ErrorText::tr("these settings need about %1 of memory, but %2 is free; reduce the hidden layers' "
                                  "sizes, the batch size or the number of initializers")
                 .arg(arg(p, 0), arg(p, 1));
         }},
        {"memory.out",
         [](const Problem&) {
             return ErrorText::tr("out of memory: these settings need more memory than is free; reduce the samples, "
                                  "width, depth or number of initializers (or close other programs)");
         }},
        // The Jacobian view's reasons.
        {"jacobian.batch_norm",
         [](const Problem&) { return ErrorText::tr("batch norm couples the batch: one input has no Jacobian of its own"); }},
        {"jacobian.too_large",
         [](const Problem&) { return ErrorText::tr("too large for an interactive view (width² × depth)"); }},
        // A bug: the engine's own words follow.
        {"internal.error",
         [](const Problem& p) { return ErrorText::tr("internal error (please report it): %1").arg(arg(p, 0)); }},
        {"internal.unknown", [](const Problem&) { return ErrorText::tr("internal error (please report it)"); }},
    };
    return w;
}

}  // namespace

QString problemText(const Problem& problem) {
    const auto it = wordings().find(problem.code);
    return it == wordings().end() ? QString() : it->second(problem);
}

QString problemText(const Problem& problem, const std::string& fallback) {
    const QString worded = problemText(problem);
    return worded.isEmpty() ? QString::fromStdString(fallback) : worded;
}

QString errorText(const ErrorInfo& error) {
    const QString worded = problemText(error.problem);
    if (worded.isEmpty()) return QString::fromStdString(error.text);
    QString text = worded;
    if (!error.field.empty()) text = ErrorText::tr("%1: %2").arg(QString::fromStdString(error.field), text);
    if (!error.file.empty()) text = ErrorText::tr("%1: %2").arg(QString::fromStdString(error.file), text);
    return text;
}

}  // namespace initscope::ui
