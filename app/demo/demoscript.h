#pragma once

#include "app/demo/callmixer.h"

#include <QList>
#include <QString>

namespace callqa::app {

// One line of a demo dialogue; {agent} is replaced by the agent's first name.
struct ScriptLine {
    Speaker speaker;
    QString text;
    enum Role { Plain, Greeting, Verification, Thanks } role = Plain;
};

struct DemoLanguage {
    QString code;       // "de"
    QString agentVoice; // espeak-ng voice names
    QString customerVoice;
    QList<ScriptLine> lines;
};

struct DemoAgent {
    QString id;
    QString name;
    QString team;
    QString language;
};

struct DemoUser {
    QString login;
    QString name;
    QString role;
    QString agentId; // for role "agent"
};

const QList<DemoLanguage>& demoLanguages();
const QList<DemoAgent>& demoAgents();
const QList<DemoUser>& demoUsers();

} // namespace callqa::app
