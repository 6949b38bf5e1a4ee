#include "cli/CommandLine.h"

#include <gtest/gtest.h>

using namespace kg::cli;

namespace {

class FakeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override { return QStringLiteral("make manifests"); }
    int run(const QStringList &args, Streams io) override
    {
        received = args;
        io.out << "ran";
        return 7;
    }
    QStringList received;
};

struct Fixture
{
    Fixture() { commands.push_back(std::make_unique<FakeCommand>()); }
    Invocation parse(const QStringList &args) const
    {
        QStringList full{QStringLiteral("kubegram-desktop")};
        full += args;
        return parseCommandLine(full, commands);
    }
    std::vector<std::unique_ptr<Command>> commands;
};

} // namespace

TEST(CommandLine, NoArgumentsStartsTheGui)
{
    Fixture f;
    const Invocation inv = f.parse({});
    EXPECT_EQ(inv.action, Invocation::Action::StartGui);
    EXPECT_TRUE(inv.files.isEmpty());
}

TEST(CommandLine, AFileIsOpenedInTheGui)
{
    Fixture f;
    const Invocation inv = f.parse({QStringLiteral("shop.kgraph")});
    EXPECT_EQ(inv.action, Invocation::Action::StartGui);
    EXPECT_EQ(inv.files, QStringList{QStringLiteral("shop.kgraph")});
}

TEST(CommandLine, HelpAndVersionAreHeadless)
{
    Fixture f;
    EXPECT_EQ(f.parse({QStringLiteral("--help")}).action, Invocation::Action::ShowHelp);
    EXPECT_EQ(f.parse({QStringLiteral("-h")}).action, Invocation::Action::ShowHelp);
    EXPECT_EQ(f.parse({QStringLiteral("help")}).action, Invocation::Action::ShowHelp);
    EXPECT_EQ(f.parse({QStringLiteral("--version")}).action, Invocation::Action::ShowVersion);
    EXPECT_EQ(f.parse({QStringLiteral("-v")}).action, Invocation::Action::ShowVersion);
}

TEST(CommandLine, UnknownOptionIsAUsageErrorWithExitCode2)
{
    Fixture f;
    const Invocation inv = f.parse({QStringLiteral("--frobnicate")});
    ASSERT_EQ(inv.action, Invocation::Action::UsageError);
    EXPECT_TRUE(inv.error.contains(QStringLiteral("frobnicate")));
    QString out, err;
    QTextStream o(&out), e(&err);
    EXPECT_EQ(runHeadless(inv, f.commands, {o, e}), ExitUsage);
    e.flush();
    EXPECT_TRUE(err.contains(QStringLiteral("--help")));
    EXPECT_TRUE(out.isEmpty());
}

TEST(CommandLine, UnknownCommandWithArgumentsIsAUsageError)
{
    Fixture f;
    const Invocation inv = f.parse({QStringLiteral("generat"), QStringLiteral("x.kgraph")});
    EXPECT_EQ(inv.action, Invocation::Action::UsageError);
    EXPECT_TRUE(inv.error.contains(QStringLiteral("generat")));
}

TEST(CommandLine, QtGuiOptionsAreAcceptedForTheGui)
{
    Fixture f;
    const Invocation inv = f.parse({QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                    QStringLiteral("-style"), QStringLiteral("fusion"),
                                    QStringLiteral("g.kgraph")});
    EXPECT_EQ(inv.action, Invocation::Action::StartGui);
    EXPECT_EQ(inv.files, QStringList{QStringLiteral("g.kgraph")});
}

TEST(CommandLine, GuiOptions)
{
    Fixture f;
    const Invocation inv = f.parse(
            {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--reset-layout")});
    EXPECT_EQ(inv.action, Invocation::Action::StartGui);
    EXPECT_EQ(inv.language, QStringLiteral("de"));
    EXPECT_TRUE(inv.resetLayout);
}

TEST(CommandLine, SubcommandGetsItsOwnOptions)
{
    Fixture f;
    const Invocation inv = f.parse({QStringLiteral("generate"), QStringLiteral("in.kgraph"),
                                    QStringLiteral("-o"), QStringLiteral("out"),
                                    QStringLiteral("--layout"), QStringLiteral("helm")});
    ASSERT_EQ(inv.action, Invocation::Action::RunCommand);
    EXPECT_EQ(inv.command, QStringLiteral("generate"));
    EXPECT_EQ(inv.commandArgs,
              (QStringList{QStringLiteral("kubegram-desktop"), QStringLiteral("generate"),
                           QStringLiteral("in.kgraph"), QStringLiteral("-o"), QStringLiteral("out"),
                           QStringLiteral("--layout"), QStringLiteral("helm")}));
    QString out, err;
    QTextStream o(&out), e(&err);
    EXPECT_EQ(runHeadless(inv, f.commands, {o, e}), 7);
    o.flush();
    EXPECT_EQ(out, QStringLiteral("ran"));
}

TEST(CommandLine, HelpListsCommands)
{
    Fixture f;
    const QString help = helpText(f.commands);
    EXPECT_TRUE(help.contains(QStringLiteral("generate")));
    EXPECT_TRUE(help.contains(QStringLiteral("make manifests")));
    EXPECT_TRUE(help.contains(QStringLiteral("--version")));
}

TEST(CommandLine, VersionPrintsTheVersion)
{
    Fixture f;
    QString out, err;
    QTextStream o(&out), e(&err);
    EXPECT_EQ(runHeadless(f.parse({QStringLiteral("--version")}), f.commands, {o, e}), 0);
    o.flush();
    EXPECT_TRUE(out.startsWith(QStringLiteral("kubegram-desktop 0.")));
}
