#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kg::store {

/// One step of the cache schema: the statements that take a database from version - 1 to
/// version. Applied in order, each in its own transaction together with the new user_version,
/// so a failure (a full disk) leaves the database at the previous version, never in between.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

/// Every migration, oldest first; the last one's version is SchemaVersion. Never edit a
/// released migration: add a new one.
const QList<Migration> &migrations();

} // namespace kg::store
