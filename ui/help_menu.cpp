#include "help_menu.h"

#include "initscope_version.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <qcustomplot.h>

#include "common/system.h"

namespace initscope::ui {

HelpMenu::HelpMenu(QMainWindow* window) : QObject(window), m_window(window) {}

void HelpMenu::populate(QMenu* menu) {
    QAction* guide = menu->addAction(tr("&Guide"), this, [this] { show(tr("InitScope guide"), guideText()); });
    guide->setShortcut(QKeySequence::HelpContents);
    menu->addAction(tr("&Keyboard shortcuts"), this, [this] { show(tr("Keyboard shortcuts"), shortcutsText()); });
    menu->addAction(tr("Getting &MNIST"), this, [this] { show(tr("Getting MNIST"), mnistText()); });
    menu->addSeparator();
    menu->addAction(tr("&About InitScope"), this, [this] {
        QMessageBox box(m_window);
        box.setWindowTitle(tr("About InitScope"));
        box.setIconPixmap(m_window->windowIcon().pixmap(64, 64));
        box.setTextFormat(Qt::RichText);
        box.setText(aboutText());
        box.exec();
    });
    menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void HelpMenu::show(const QString& title, const QString& text) const {
    QMessageBox box(m_window);
    box.setWindowTitle(title);
    box.setTextFormat(Qt::RichText);
    box.setText(text);
    box.exec();
}

QString HelpMenu::guideText() const {
    return tr("<h3>InitScope in five steps</h3>"
              "<ol>"
              "<li><b>Pick an activation and initializers</b> in Settings (left). Every row of histograms is one "
              "network, every column one hidden layer; the numbers under each histogram are its mean (μ), "
              "standard deviation (σ), and the share of saturated or dead units.</li>"
              "<li><b>Show</b> switches the histograms to pre-activations, the gradients sent back (dL/dA) or "
              "the weight gradients (dL/dW): the backward pass the book's argument rests on. The depth profile "
              "beside them draws every layer's σ in both directions.</li>"
              "<li><b>View → Theory</b> (Ctrl+T) draws what mean-field theory predicts on every histogram; the "
              "Phase diagram tab shows where each initializer sits between order and chaos.</li>"
              "<li>The <b>Training</b> tab trains one network per initializer (Run: Space) and shows the loss, "
              "the update ratio, layer × time heat maps and histograms over time; its Experiment box switches to "
              "the batch-normalization sweep.</li>"
              "<li><b>Lessons</b> steps through chapter 6 as a story; <b>File → Export</b> writes any figure as "
              "PNG, SVG or PDF, and Export all writes everything.</li>"
              "</ol>"
              "<p>Hover any histogram, curve or cell for its numbers. F5 is presentation mode for a projector.</p>");
}

QString HelpMenu::shortcutsText() const {
    QString rows;
    QStringList seen;
    for (const QMenu* menu : m_window->findChildren<QMenu*>()) {
        for (const QAction* a : menu->actions()) {
            if (a->shortcuts().isEmpty() || a->text().isEmpty()) continue;
            QString name = a->text();
            name.remove(QRegularExpression(QStringLiteral("\\(&.\\)|&")));  // "파일(&F)", "&Open"
            QStringList keys;
            for (const QKeySequence& k : a->shortcuts()) keys << k.toString(QKeySequence::NativeText).toHtmlEscaped();
            const QString row = QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>")
                                    .arg(name.toHtmlEscaped(), keys.join(QStringLiteral(", ")));
            if (!seen.contains(row)) {
                seen << row;
                rows += row;
            }
        }
    }
    return tr("<h3>Keyboard shortcuts</h3>") + QStringLiteral("<table>") + rows + QStringLiteral("</table>") +
           tr("<p>Space is Run/Pause anywhere but where it types or ticks; ← and → step the lesson anywhere but "
              "in a field, list or slider.</p>");
}

QString HelpMenu::mnistText() const {
    return tr("<h3>Getting MNIST</h3>"
              "<p>The Training tab and <code>initscope train</code> read the four MNIST files in their original "
              "format (gzipped or not):</p>"
              "<p><code>train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz,<br>"
              "t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz</code></p>"
              "<p>Put them in <code>~/.local/share/initscope/mnist</code>, or in any folder named by the "
              "environment variable <code>INITSCOPE_MNIST</code>, then choose the dataset <b>mnist</b>. "
              "A folder of your own can also be chosen in Settings → Training → Dataset.</p>"
              "<p>Until then, a run that asks for <b>mnist</b> trains on Fashion-MNIST instead (Debian's "
              "<code>dataset-fashion-mnist</code> package, which InitScope's package recommends) and says so; "
              "every experiment runs on it the same way. Pick <b>fashion-mnist</b> to choose it yourself.</p>");
}

QString HelpMenu::aboutText() const {
    return tr("<h3>InitScope %1</h3>"
              "<p>How weight initialization shapes deep networks, layer by layer: chapter 6 of <i>Deep Learning "
              "from Scratch</i> (밑바닥부터 시작하는 딥러닝), measured, explained and exportable.</p>"
              "<p>Licence: GNU General Public License, version 3 or later.</p>"
              "<p>Built with Qt %2 (running on %3), QCustomPlot %4, %5.</p>"
              "<p>Engine: %6, the fastest build this processor runs.</p>")
        .arg(QStringLiteral(INITSCOPE_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
             QStringLiteral(QCUSTOMPLOT_VERSION_STR), QString::fromStdString(engineLibraryVersions()),
             QString::fromStdString(engineLevel()));
}

}  // namespace initscope::ui
