#include "review/calls/manifest.h"

#include "review/calls/csvrecords.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

namespace callqa::review {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("callqa::review::Manifest", text);
}

const QStringList& knownColumns()
{
    static const QStringList columns =
        QStringList{
            QStringLiteral("file"),          QStringLiteral("call_id"),
            QStringLiteral("agent_id"),      QStringLiteral("agent_name"),
            QStringLiteral("team"),          QStringLiteral("started_at"),
            QStringLiteral("direction"),     QStringLiteral("queue"),
            QStringLiteral("agent_channel"), QStringLiteral("customer_channel"),
            QStringLiteral("agent_file"),    QStringLiteral("customer_file"),
        } +
        callMetricColumns();
    return columns;
}

// The columns naming files, as a row gives them before checkRow settles which is which.
struct RowFiles {
    QString file;
    QString agentFile;
    QString customerFile;
};

// Fills `facts` from one column; returns a problem text, or an empty string when the value is ok.
QString applyColumn(CallFacts& facts, RowFiles& files, const QString& column,
                    const QString& rawValue)
{
    const QString value = rawValue.trimmed();
    // PostgreSQL cannot store a NUL and the Qt driver cuts text at one: refused on both backends.
    if (value.contains(QChar(0)))
        return tr("%1: contains a NUL character").arg(column);
    if (callMetricColumns().contains(column))
        return applyCallMetricColumn(facts.metrics, column, value);
    if (column.startsWith(QLatin1String("meta."))) {
        if (!value.isEmpty())
            facts.metadata.insert(column.mid(5), value);
        return {};
    }
    if (column == QLatin1String("file"))
        files.file = value;
    else if (column == QLatin1String("agent_file"))
        files.agentFile = value;
    else if (column == QLatin1String("customer_file"))
        files.customerFile = value;
    else if (column == QLatin1String("call_id"))
        facts.callId = value;
    else if (column == QLatin1String("agent_id"))
        facts.agentId = value;
    else if (column == QLatin1String("agent_name"))
        facts.agentName = value;
    else if (column == QLatin1String("team"))
        facts.team = value;
    else if (column == QLatin1String("queue"))
        facts.queue = value;
    else if (column == QLatin1String("started_at")) {
        if (value.isEmpty())
            return {};
        facts.startedAtMs = parseCallTime(value);
        if (!facts.startedAtMs)
            return tr("started_at: \"%1\" is not a date and time (use ISO 8601, e.g. "
                      "2026-03-05T10:00:00+01:00)")
                .arg(value);
    } else if (column == QLatin1String("direction")) {
        const QString lower = value.toLower();
        if (lower.isEmpty())
            return {};
        if (lower == QLatin1String("inbound") || lower == QLatin1String("in"))
            facts.direction = QStringLiteral("inbound");
        else if (lower == QLatin1String("outbound") || lower == QLatin1String("out"))
            facts.direction = QStringLiteral("outbound");
        else
            return tr("direction: \"%1\" is neither inbound nor outbound").arg(value);
    } else if (column == QLatin1String("agent_channel") ||
               column == QLatin1String("customer_channel")) {
        if (value.isEmpty())
            return {};
        const std::optional<int> channel = parseChannel(value);
        if (!channel)
            return tr("%1: \"%2\" is not a channel (left, right, 1, 2 or mono)").arg(column, value);
        (column == QLatin1String("agent_channel") ? facts.channels.agentChannel
                                                  : facts.channels.customerChannel) = *channel;
    }
    return {};
}

// Checks a parsed row as a whole; returns a problem text or empty.
QString checkRow(CallFacts& facts, const RowFiles& files)
{
    const bool legs = !files.agentFile.isEmpty() || !files.customerFile.isEmpty();
    if (legs && !files.file.isEmpty())
        return tr("gives both file and agent_file/customer_file: a call is one file, or two legs");
    if (legs && (files.agentFile.isEmpty() || files.customerFile.isEmpty()))
        return tr("a call in two legs needs both agent_file and customer_file (a call in one "
                  "file uses file)");
    if (legs && files.agentFile == files.customerFile)
        return tr("agent_file and customer_file name the same file");
    if (legs && (facts.channels.agentChannel >= 0 || facts.channels.customerChannel >= 0))
        return tr("a call in two legs has its sides by file: leave agent_channel and "
                  "customer_channel empty");
    if (const QString metrics = checkCallMetricRow(facts.metrics.facts); !metrics.isEmpty())
        return metrics;
    facts.file = legs ? files.agentFile : files.file;
    facts.customerFile = files.customerFile;
    if (facts.file.isEmpty())
        return tr("no file named");
    if (facts.channels.agentChannel >= 0 && facts.channels.customerChannel < 0)
        facts.channels.customerChannel = facts.channels.agentChannel == 0 ? 1 : 0;
    if (facts.channels.customerChannel >= 0 && facts.channels.agentChannel < 0)
        facts.channels.agentChannel = facts.channels.customerChannel == 0 ? 1 : 0;
    if (facts.channels.agentChannel >= 0 &&
        facts.channels.agentChannel == facts.channels.customerChannel)
        return tr("agent and customer are on the same channel");
    return {};
}

// Records a refused row: its problem, and its files so import leaves those files alone.
void rejectRow(Manifest& manifest, int row, const QStringList& files, const QString& reason)
{
    for (const QString& file : files)
        manifest.rejectedFiles.insert(file);
    manifest.problems << ManifestProblem{row, files.value(0), reason};
}

// Drops rows that repeat a call id or a file of an earlier row.
void rejectDuplicates(Manifest& manifest, const QList<int>& rowNumbers)
{
    QSet<QString> callIds;
    QSet<QString> files;
    QList<CallFacts> kept;
    for (qsizetype i = 0; i < manifest.rows.size(); ++i) {
        const CallFacts& facts = manifest.rows.at(i);
        if (!facts.callId.isEmpty() && callIds.contains(facts.callId)) {
            rejectRow(manifest, rowNumbers.at(i), QStringList{facts.file, facts.customerFile},
                      tr("call_id \"%1\" appears more than once").arg(facts.callId));
            continue;
        }
        if (files.contains(facts.file) ||
            (!facts.customerFile.isEmpty() && files.contains(facts.customerFile))) {
            manifest.problems << ManifestProblem{rowNumbers.at(i), facts.file,
                                                 tr("the file is listed more than once")};
            continue;
        }
        callIds.insert(facts.callId);
        files.insert(facts.file);
        if (!facts.customerFile.isEmpty())
            files.insert(facts.customerFile);
        kept << facts;
    }
    manifest.rows = kept;
}

} // namespace

const CallFacts* Manifest::find(const QString& relativePath, const QString& absolutePath) const
{
    for (const CallFacts& facts : rows) {
        if (facts.file == relativePath || facts.file == absolutePath)
            return &facts;
        if (!facts.customerFile.isEmpty() &&
            (facts.customerFile == relativePath || facts.customerFile == absolutePath))
            return &facts;
    }
    return nullptr;
}

std::optional<qint64> parseCallTime(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value, Qt::ISODate);
    if (!time.isValid()) {
        for (const char* format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"}) {
            time = QDateTime::fromString(value, QString::fromLatin1(format));
            if (time.isValid())
                break;
        }
    }
    if (!time.isValid())
        return std::nullopt;
    // A time without an offset is taken as UTC, whatever this machine's zone.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

std::optional<int> parseChannel(const QString& text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("left") || value == QLatin1String("l") ||
        value == QLatin1String("1"))
        return 0;
    if (value == QLatin1String("right") || value == QLatin1String("r") ||
        value == QLatin1String("2"))
        return 1;
    if (value == QLatin1String("mono") || value == QLatin1String("none") ||
        value == QLatin1String("both"))
        return -1;
    return std::nullopt;
}

Manifest parseManifestCsv(const QByteArray& data)
{
    Manifest manifest;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringList> records = splitCsv(text, csvSeparatorOf(text));
    if (records.isEmpty()) {
        manifest.problems << ManifestProblem{0, {}, tr("the manifest is empty")};
        return manifest;
    }
    QStringList header;
    for (const QString& column : records.first())
        header << column.trimmed().toLower();
    if (!header.contains(QStringLiteral("file")) &&
        !(header.contains(QStringLiteral("agent_file")) &&
          header.contains(QStringLiteral("customer_file")))) {
        manifest.problems << ManifestProblem{
            0, {}, tr("the header has no \"file\" column (nor agent_file and customer_file)")};
        return manifest;
    }
    QSet<QString> seen;
    for (const QString& column : std::as_const(header)) {
        if (seen.contains(column))
            manifest.problems << ManifestProblem{
                0, {}, tr("column \"%1\" appears twice; the later one is ignored").arg(column)};
        seen.insert(column);
        if (!knownColumns().contains(column) && !column.startsWith(QLatin1String("meta.")))
            manifest.problems << ManifestProblem{
                0,
                {},
                tr("unknown column \"%1\" is ignored (known: %2; use meta.NAME for extra data)")
                    .arg(column, knownColumns().join(QStringLiteral(", ")))};
    }
    QList<int> rowNumbers;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList& record = records.at(r);
        const int rowNumber = int(r);
        CallFacts facts;
        facts.row = rowNumber;
        RowFiles files;
        QString problem;
        if (record.size() != header.size())
            problem = tr("has %1 fields, the header has %2").arg(record.size()).arg(header.size());
        QSet<QString> applied;
        for (qsizetype c = 0; problem.isEmpty() && c < header.size(); ++c) {
            const QString& column = header.at(c);
            if (applied.contains(column))
                continue;
            applied.insert(column);
            problem = applyColumn(facts, files, column, record.at(c));
        }
        if (problem.isEmpty())
            problem = checkRow(facts, files);
        if (!problem.isEmpty()) {
            QStringList named;
            for (const char* column : {"file", "agent_file", "customer_file"}) {
                const qsizetype at = header.indexOf(QLatin1String(column));
                if (at >= 0 && at < record.size() && !record.at(at).trimmed().isEmpty())
                    named << record.at(at).trimmed();
            }
            rejectRow(manifest, rowNumber, named, problem);
            continue;
        }
        manifest.rows << facts;
        rowNumbers << rowNumber;
    }
    rejectDuplicates(manifest, rowNumbers);
    return manifest;
}

Manifest parseManifestJson(const QByteArray& data)
{
    Manifest manifest;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        manifest.problems << ManifestProblem{
            0,
            {},
            tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString())};
        return manifest;
    }
    if (!document.isArray()) {
        manifest.problems << ManifestProblem{0, {}, tr("the manifest must be a JSON array")};
        return manifest;
    }
    QList<int> rowNumbers;
    QSet<QString> unknownKeys;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int rowNumber = int(i + 1);
        if (!array.at(i).isObject()) {
            manifest.problems << ManifestProblem{rowNumber, {}, tr("not a JSON object")};
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        CallFacts facts;
        facts.row = rowNumber;
        RowFiles files;
        QString problem;
        for (auto it = object.begin(); problem.isEmpty() && it != object.end(); ++it) {
            const QString column = it.key();
            if (column == QLatin1String("metadata") && it.value().isObject()) {
                facts.metadata = it.value().toObject();
                continue;
            }
            if (!knownColumns().contains(column) && !column.startsWith(QLatin1String("meta."))) {
                // As an unknown CSV column: reported once, ignored, the row still imports.
                if (!unknownKeys.contains(column)) {
                    unknownKeys.insert(column);
                    manifest.problems << ManifestProblem{
                        rowNumber,
                        {},
                        tr("unknown key \"%1\" is ignored in every row (known: %2; use "
                           "meta.NAME or a metadata object for extra data)")
                            .arg(column, knownColumns().join(QStringLiteral(", ")))};
                }
                continue;
            }
            const QJsonValue value = it.value();
            const QString text =
                value.isDouble() ? QString::number(value.toInteger()) : value.toString();
            if (!value.isString() && !value.isDouble() && !value.isNull())
                problem = tr("%1: must be a string").arg(column);
            else
                problem = applyColumn(facts, files, column, text);
        }
        if (problem.isEmpty())
            problem = checkRow(facts, files);
        if (!problem.isEmpty()) {
            QStringList named;
            for (const char* key : {"file", "agent_file", "customer_file"}) {
                const QString file = object.value(QLatin1String(key)).toString().trimmed();
                if (!file.isEmpty())
                    named << file;
            }
            rejectRow(manifest, rowNumber, named, problem);
            continue;
        }
        manifest.rows << facts;
        rowNumbers << rowNumber;
    }
    rejectDuplicates(manifest, rowNumbers);
    return manifest;
}

Manifest readManifest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Manifest manifest;
        manifest.problems << ManifestProblem{
            0, path, tr("cannot read the manifest: %1").arg(file.errorString())};
        return manifest;
    }
    const QByteArray data = file.readAll();
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return parseManifestJson(data);
    return parseManifestCsv(data);
}

} // namespace callqa::review
