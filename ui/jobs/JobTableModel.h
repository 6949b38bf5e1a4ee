#pragma once

#include "store/Records.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
#include <QVector>

#include <memory>

namespace kg::store {
class Database;
}

namespace kg::ui {

/// The jobs of the local cache as a live table, newest first. Built for 100,000 jobs and more:
/// only the ids are loaded, and of those only the newest FirstIds at once; a worker thread
/// (with its own connection) reads the older ones, which are appended as they arrive. Rows are
/// fetched in small pages when a view asks for them, and a short poll picks up new jobs,
/// progress of unfinished ones and writes by other processes (the command line), so the UI
/// never waits on the database for long.
class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        ProjectColumn,
        BackendColumn,
        StepColumn,
        ProgressColumn,
        ElapsedColumn,
        FilesColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole + 1, ///< qint64
        StatusRole,                   ///< int(store::JobStatus)
        ProgressRole,                 ///< 0..100, -1 = indeterminate
        ExportedPathRole,             ///< QString
    };

    /// Rows fetched per database query.
    static constexpr int PageSize = 128;
    /// Ids read at once when (re)loading: the first screens and some scrolling, well within a
    /// frame. A longer list is completed in the background.
    static constexpr int FirstIds = 8192;
    /// Ids the background reader reads per query and hands over at a time.
    static constexpr int IdBatch = 16384;

    explicit JobTableModel(std::shared_ptr<store::Database> database, QObject *parent = nullptr);
    ~JobTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Shows only jobs matching @p filter (project, status) and reloads.
    void setFilter(const store::JobFilter &filter);
    store::JobFilter filter() const { return m_filter; }
    /// Reloads everything (a model reset): the newest jobs at once, older ones in the background.
    void reload();
    /// Whether older jobs are still being read in the background (rows are being appended).
    bool isLoading() const { return m_loader != nullptr; }
    /// Picks up changes since the last look: new jobs, unfinished jobs that moved on, outside
    /// writes. Called by the poll timer and when this process writes jobs.
    void refresh();
    /// How often refresh() runs by itself; 0 stops polling.
    void setPollInterval(int ms);

    /// The job shown in @p row (fetched if needed); a default record for an invalid row.
    store::JobRecord job(int row) const;
    qint64 jobId(int row) const;
    /// The row of job @p id, or -1.
    int rowOfJob(qint64 id) const;
    /// The last database error, if any (shown by the panel).
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// An unfinished job reached a terminal status (completed, failed, cancelled, interrupted).
    void jobFinished(qint64 jobId, kg::store::JobStatus status);
    void errorOccurred(const QString &message);
    /// The background reading started by reload() is complete: every matching job has a row.
    void loaded();

private:
    class Loader;
    void startLoader(qint64 beforeId);
    void stopLoader();
    void appendLoaded(const QVector<qint64> &ids);
    void finishLoading(const Status &status);
    const store::JobRecord *record(int row) const;
    void fetchPage(int page) const;
    void setError(const Error &error) const;
    void trackUnfinished(const store::JobRecord &job) const;
    void onJobsChanged(const QList<qint64> &ids);

    std::shared_ptr<store::Database> m_db;
    store::JobFilter m_filter;
    QVector<qint64> m_ids; ///< newest first
    mutable QHash<int, QVector<store::JobRecord>> m_pages;
    mutable QList<int> m_pageUse; ///< least recently used first
    mutable QHash<qint64, store::JobStatus> m_unfinished;
    mutable QString m_lastError;
    qint64 m_dataVersion = -1;
    /// Another connection wrote while the list was incomplete: check the count once it is.
    bool m_verifyWhenLoaded = false;
    QTimer m_poll;
    bool m_refreshQueued = false;
    Loader *m_loader = nullptr;
    quint64 m_loadGeneration = 0; ///< which loader's batches are still wanted
};

} // namespace kg::ui
