#pragma once

// Shared by the designer tests: a main window on a bundled example, and
// helpers that drive the canvas with real mouse and drag events.

#include "app/designer/AnalysisRunner.h"
#include "app/designer/FileController.h"
#include "app/designer/MainWindow.h"
#include "app/designer/WindowActions.h"
#include "model/document/DesignDocument.h"
#include "model/file/DesignFile.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/DesignView.h"
#include "views/canvas/HostItem.h"
#include "views/canvas/ZoneItem.h"

#include <QApplication>
#include <QColor>
#include <QImage>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

namespace pp::test {

inline std::unique_ptr<app::MainWindow> openWindow(const QString &example)
{
    auto window = std::make_unique<app::MainWindow>(Catalog::builtin());
    window->resize(1400, 900);
    window->show();
    if (!example.isEmpty())
        window->openFile(examplePath(example), true);
    window->analysis()->waitForIdle();
    QCoreApplication::processEvents();
    return window;
}

inline QByteArray saved(const app::MainWindow &w)
{
    return DesignFile::serialize(w.document()->design());
}

/// How many pixels of `image` are close to `color` (a mark drawn on the canvas).
inline int pixelsNear(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += qAbs(c.red() - color.red()) + qAbs(c.green() - color.green()) + qAbs(c.blue() - color.blue()) < 40;
        }
    return n;
}

/// Answers the next modal dialog of type T with `act` (polls: the dialog
/// opens inside the event loop of the action that is being triggered).
template<typename T, typename Act>
void whenModal(Act act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

/// A viewport point over a scene point (after making it visible).
inline QPoint viewPoint(views::DesignView *view, const QPointF &scenePos)
{
    view->centerOn(scenePos);
    QCoreApplication::processEvents();
    return view->mapFromScene(scenePos);
}

inline QPointF hostCenter(app::MainWindow &w, const QString &id)
{
    return w.scene()->hostItem(id)->center();
}

/// Presses, moves in steps and releases the left button on the viewport.
inline void drag(views::DesignView *view, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {})
{
    QWidget *vp = view->viewport();
    QTest::mousePress(vp, Qt::LeftButton, modifiers, from);
    const int steps = 8;
    for (int i = 1; i <= steps; ++i) {
        const QPoint p = from + (to - from) * i / steps;
        QMouseEvent move(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, modifiers);
        QCoreApplication::sendEvent(vp, &move);
    }
    QTest::mouseRelease(vp, Qt::LeftButton, modifiers, to);
    QCoreApplication::processEvents();
}

/// Drops a role from the palette onto the canvas at a viewport point.
inline bool dropRole(views::DesignView *view, const QString &role, QPoint at)
{
    QMimeData mime;
    mime.setData(views::DesignView::roleMimeType(), role.toUtf8());
    QWidget *vp = view->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(vp, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(vp, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(vp, &drop);
    return drop.isAccepted();
}

} // namespace pp::test
