#include "jobs/JobTableModel.h"

#include "store/Database.h"
#include "store/JobRepository.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <functional>

namespace kg::ui {

using store::JobRecord;
using store::JobStatus;

namespace {

// Pages kept in memory: enough for a few screens of scrolling, small for 100,000 jobs.
constexpr int MaxCachedPages = 48;

QColor statusColor(JobStatus s)
{
    switch (s) {
    case JobStatus::Pending:
        return QColor(0x9e, 0x9e, 0x9e);
    case JobStatus::Running:
        return QColor(0x1e, 0x88, 0xe5);
    case JobStatus::Completed:
        return QColor(0x43, 0xa0, 0x47);
    case JobStatus::Failed:
        return QColor(0xe5, 0x39, 0x35);
    case JobStatus::Cancelled:
        return QColor(0xfb, 0x8c, 0x00);
    case JobStatus::Interrupted:
        return QColor(0x8e, 0x24, 0xaa);
    }
    return Qt::gray;
}

/// A status dot, painted once per status: the same visual language as the canvas, no image
/// files needed.
QIcon statusIcon(JobStatus s)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(s));
    if (it != cache.cend())
        return *it;
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = statusColor(s);
        p.setPen(QPen(c.darker(130), size / 16.0));
        p.setBrush(c);
        const qreal m = size * 0.18;
        p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        if (!store::isTerminal(s)) { // unfinished: a hollow centre
            p.setBrush(Qt::white);
            p.setPen(Qt::NoPen);
            p.drawEllipse(QRectF(size * 0.38, size * 0.38, size * 0.24, size * 0.24));
        }
        icon.addPixmap(pm);
    }
    cache.insert(int(s), icon);
    return icon;
}

QString elapsedText(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = ms / 1000;
    if (s < 60)
        return JobTableModel::tr("%1 s").arg(s);
    if (s < 3600)
        return JobTableModel::tr("%1:%2 min").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return JobTableModel::tr("%1:%2 h").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString errorSummary(const QString &error)
{
    QString first = error.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (first.size() > 90)
        first = first.left(89) + QChar(0x2026);
    return first;
}

} // namespace

/// Reads the ids older than the first screens on its own thread (so with its own connection)
/// and hands them to the model a batch at a time, newest first. Each batch is one short query
/// continuing below the last id read, so stopping (between two queries) is quick.
class JobTableModel::Loader : public QThread
{
public:
    Loader(JobTableModel *model, std::shared_ptr<store::Database> database,
           const store::JobFilter &filter, quint64 generation)
        : m_model(model)
        , m_db(std::move(database))
        , m_filter(filter)
        , m_generation(generation)
    {}

protected:
    void run() override
    {
        Status status;
        {
            store::JobRepository jobs(*m_db);
            store::JobFilter batch = m_filter;
            batch.limit = IdBatch;
            while (!isInterruptionRequested()) {
                auto ids = jobs.ids(batch);
                if (!ids) {
                    status = ids.error();
                    break;
                }
                const bool last = ids->size() < IdBatch;
                if (!ids->isEmpty()) {
                    batch.beforeId = ids->last();
                    QMetaObject::invokeMethod(
                            m_model,
                            [model = m_model, generation = m_generation,
                             batchIds = std::move(ids).value()] {
                                if (model->m_loadGeneration == generation)
                                    model->appendLoaded(batchIds);
                            },
                            Qt::QueuedConnection);
                }
                if (last)
                    break;
            }
        }
        m_db->releaseThreadConnection();
        if (isInterruptionRequested())
            return;
        QMetaObject::invokeMethod(
                m_model,
                [model = m_model, generation = m_generation, status] {
                    if (model->m_loadGeneration == generation)
                        model->finishLoading(status);
                },
                Qt::QueuedConnection);
    }

private:
    JobTableModel *m_model;
    std::shared_ptr<store::Database> m_db;
    store::JobFilter m_filter;
    quint64 m_generation;
};

JobTableModel::JobTableModel(std::shared_ptr<store::Database> database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(database))
{
    qRegisterMetaType<kg::store::JobStatus>();
    // Writes by this process (any thread) arrive as a signal; coalesce them into one refresh.
    connect(m_db.get(), &store::Database::jobsChanged, this, &JobTableModel::onJobsChanged,
            Qt::QueuedConnection);
    connect(&m_poll, &QTimer::timeout, this, &JobTableModel::refresh);
    m_poll.start(1000);
    reload();
}

JobTableModel::~JobTableModel()
{
    // Before the object goes: the reader must not post to a model that is being destroyed.
    stopLoader();
}

void JobTableModel::setPollInterval(int ms)
{
    if (ms <= 0)
        m_poll.stop();
    else
        m_poll.start(ms);
}

void JobTableModel::setError(const Error &error) const
{
    m_lastError = error.toString();
    // errorOccurred is informational; emitting from a const fetch is fine for a queued UI.
    Q_EMIT const_cast<JobTableModel *>(this)->errorOccurred(m_lastError);
}

void JobTableModel::setFilter(const store::JobFilter &filter)
{
    m_filter = filter;
    m_filter.limit = -1;
    m_filter.offset = 0;
    m_filter.afterId = 0;
    m_filter.beforeId = 0;
    reload();
}

void JobTableModel::reload()
{
    stopLoader();
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_unfinished.clear();
    m_verifyWhenLoaded = false;
    store::JobRepository jobs(*m_db);
    m_dataVersion = m_db->dataVersion();
    store::JobFilter newest = m_filter;
    newest.limit = FirstIds;
    auto ids = jobs.ids(newest);
    if (ids)
        m_ids = std::move(ids).value();
    else {
        m_ids.clear();
        setError(ids.error());
    }
    // Unfinished jobs anywhere in the list are watched, not only the ones on screen.
    store::JobFilter open = m_filter;
    open.unfinishedOnly = true;
    const auto unfinished = jobs.list(open);
    if (unfinished) {
        for (const JobRecord &j : *unfinished)
            m_unfinished.insert(j.id, j.status);
    }
    endResetModel();
    if (m_ids.size() == FirstIds)
        startLoader(m_ids.last());
}

void JobTableModel::startLoader(qint64 beforeId)
{
    store::JobFilter older = m_filter;
    older.beforeId = beforeId;
    m_loader = new Loader(this, m_db, older, ++m_loadGeneration);
    m_loader->start();
}

void JobTableModel::stopLoader()
{
    if (!m_loader)
        return;
    m_loader->requestInterruption();
    m_loader->wait();
    delete m_loader;
    m_loader = nullptr;
    ++m_loadGeneration; // batches it queued are dropped
}

void JobTableModel::appendLoaded(const QVector<qint64> &ids)
{
    const int first = int(m_ids.size());
    // A partly filled last page gets the rest of its rows now: read it again when asked.
    if (first % PageSize != 0) {
        m_pages.remove(first / PageSize);
        m_pageUse.removeAll(first / PageSize);
    }
    beginInsertRows({}, first, first + int(ids.size()) - 1);
    m_ids += ids;
    endInsertRows();
}

void JobTableModel::finishLoading(const Status &status)
{
    m_loader->wait(); // it posted this as its last act
    delete m_loader;
    m_loader = nullptr;
    if (!status)
        setError(status.error());
    // Rows may have changed or gone while the list was read: now the count can tell.
    if (m_verifyWhenLoaded)
        refresh();
    if (!isLoading())
        Q_EMIT loaded();
}

void JobTableModel::onJobsChanged(const QList<qint64> &)
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_refreshQueued = false;
                refresh();
            },
            Qt::QueuedConnection);
}

void JobTableModel::refresh()
{
    store::JobRepository jobs(*m_db);
    const qint64 version = m_db->dataVersion();
    const bool outsideWrite = version != m_dataVersion;
    m_dataVersion = version;

    store::JobFilter newer = m_filter;
    newer.afterId = m_ids.isEmpty() ? 0 : m_ids.first();
    const auto fresh = jobs.ids(newer);
    if (!fresh) {
        setError(fresh.error());
        return;
    }

    // 1. Someone else wrote (another process or thread): finished jobs may have changed too
    //    (export folder, deletions). Re-read lazily; reset only when rows disappeared. The
    //    count only tells over the whole list: while older rows are still being read, the
    //    check waits until they are all there.
    if ((outsideWrite || m_verifyWhenLoaded) && !m_ids.isEmpty()) {
        m_verifyWhenLoaded = isLoading();
        if (!m_verifyWhenLoaded) {
            const auto count = jobs.count(m_filter);
            if (count && *count != m_ids.size() + fresh->size()) {
                reload();
                return;
            }
        }
        m_pages.clear();
        m_pageUse.clear();
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }

    // 2. Unfinished jobs: progress, step, elapsed time, and the moment they finish.
    if (!m_unfinished.isEmpty()) {
        const QVector<qint64> watched(m_unfinished.keyBegin(), m_unfinished.keyEnd());
        const auto records = jobs.jobsByIds(watched);
        if (!records) {
            setError(records.error());
            return;
        }
        QSet<qint64> seen;
        for (const JobRecord &j : *records) {
            seen.insert(j.id);
            const int row = rowOfJob(j.id);
            if (row >= 0) {
                auto it = m_pages.find(row / PageSize);
                if (it != m_pages.end() && row % PageSize < it->size())
                    (*it)[row % PageSize] = j;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            if (store::isTerminal(j.status)) {
                m_unfinished.remove(j.id);
                Q_EMIT jobFinished(j.id, j.status);
            } else {
                m_unfinished[j.id] = j.status;
            }
        }
        // Watched jobs that vanished (deleted elsewhere) are no longer watched.
        for (qint64 id : watched) {
            if (!seen.contains(id))
                m_unfinished.remove(id);
        }
    }

    // 3. New jobs go on top.
    if (!fresh->isEmpty()) {
        const auto records = jobs.jobsByIds(*fresh);
        beginInsertRows({}, 0, int(fresh->size()) - 1);
        m_ids = *fresh + m_ids;
        // Row numbers moved: cached pages no longer line up.
        m_pages.clear();
        m_pageUse.clear();
        endInsertRows();
        if (records) {
            for (const JobRecord &j : *records)
                trackUnfinished(j);
        }
    }
}

void JobTableModel::trackUnfinished(const JobRecord &job) const
{
    if (!store::isTerminal(job.status))
        m_unfinished.insert(job.id, job.status);
}

void JobTableModel::fetchPage(int page) const
{
    const int first = page * PageSize;
    const QVector<qint64> ids = m_ids.mid(first, PageSize);
    const auto records = store::JobRepository(*m_db).jobsByIds(ids);
    QVector<JobRecord> rows(ids.size());
    if (records) {
        QHash<qint64, const JobRecord *> byId;
        for (const JobRecord &j : *records)
            byId.insert(j.id, &j);
        for (int i = 0; i < ids.size(); ++i) {
            if (const JobRecord *j = byId.value(ids.at(i)))
                rows[i] = *j;
            else
                rows[i].id = ids.at(i); // deleted meanwhile: shown empty until the next refresh
        }
    } else {
        setError(records.error());
        for (int i = 0; i < ids.size(); ++i)
            rows[i].id = ids.at(i);
    }
    m_pages.insert(page, rows);
    m_pageUse.removeAll(page);
    m_pageUse.append(page);
    while (m_pageUse.size() > MaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
}

const JobRecord *JobTableModel::record(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        fetchPage(page);
        it = m_pages.constFind(page);
    } else if (m_pageUse.last() != page) {
        m_pageUse.removeAll(page);
        m_pageUse.append(page);
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

JobRecord JobTableModel::job(int row) const
{
    const JobRecord *r = record(row);
    return r ? *r : JobRecord();
}

qint64 JobTableModel::jobId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int JobTableModel::rowOfJob(qint64 id) const
{
    // Ids are sorted newest (largest) first.
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id, std::greater<qint64>());
    return it != m_ids.cend() && *it == id ? int(it - m_ids.cbegin()) : -1;
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRecord *j = record(index.row());
    if (!j)
        return {};
    switch (role) {
    case JobIdRole:
        return j->id;
    case StatusRole:
        return int(j->status);
    case ProgressRole:
        return j->status == JobStatus::Completed ? 100 : j->progress;
    case ExportedPathRole:
        return j->exportedPath;
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusIcon(j->status)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && !j->error.isEmpty())
            return j->error;
        if (index.column() == StatusColumn)
            return tr("Job %1: %2").arg(j->id).arg(store::jobStatusDisplayName(j->status));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FilesColumn || index.column() == ElapsedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case StatusColumn:
        return store::jobStatusDisplayName(j->status);
    case ProjectColumn:
        return j->projectName.isEmpty() ? tr("(no project)") : j->projectName;
    case BackendColumn:
        return j->backend == QLatin1String("local")    ? tr("Local engine")
               : j->backend == QLatin1String("remote") ? tr("Server")
                                                       : j->backend;
    case StepColumn:
        return j->step;
    case ProgressColumn: {
        const int p = j->status == JobStatus::Completed ? 100 : j->progress;
        return p < 0 ? QString() : tr("%1 %").arg(p);
    }
    case ElapsedColumn:
        return elapsedText(j->durationMs());
    case FilesColumn:
        return j->status == JobStatus::Completed ? QVariant(j->fileCount) : QVariant();
    case ErrorColumn:
        return errorSummary(j->error);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case ProjectColumn:
        return tr("Project");
    case BackendColumn:
        return tr("Backend");
    case StepColumn:
        return tr("Step");
    case ProgressColumn:
        return tr("Progress");
    case ElapsedColumn:
        return tr("Elapsed");
    case FilesColumn:
        return tr("Files");
    case ErrorColumn:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kg::ui
