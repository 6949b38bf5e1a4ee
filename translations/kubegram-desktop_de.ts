<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Command</name>
    <message>
        <source>Usage: %1 [options] [file]</source>
        <translation>Aufruf: %1 [Optionen] [Datei]</translation>
    </message>
    <message>
        <source>       %1 &lt;command&gt; [options] [arguments]</source>
        <translation>        %1 &lt;Befehl&gt; [Optionen] [Argumente]</translation>
    </message>
    <message>
        <source>Draw Kubernetes systems as graphs and generate their manifests.</source>
        <translation>Kubernetes-Systeme als Graphen zeichnen und ihre Manifeste erzeugen.</translation>
    </message>
    <message>
        <source>Without a command, the main window opens (with the given file).</source>
        <translation>Ohne Befehl öffnet sich das Hauptfenster (mit der angegebenen Datei).</translation>
    </message>
    <message>
        <source>Commands (they need no display):</source>
        <translation>Befehle (benötigen keine grafische Anzeige):</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Use this UI language for this run (e.g. de, en).</source>
        <translation>Für diesen Aufruf diese Oberflächensprache verwenden (z. B. de, en).</translation>
    </message>
    <message>
        <source>Start with the default window layout.</source>
        <translation>Mit der Standard-Fensteranordnung starten.</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Führen Sie „%1 &lt;Befehl&gt; --help“ aus, um die Optionen eines Befehls anzuzeigen.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>Hinweise zum Aufruf erhalten Sie mit „%1 --help“.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Fehlendes Argument.</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>Zu viele Argumente: %1</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>Hinweise zum Aufruf erhalten Sie mit „%1 %2 --help“.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Kubegram Desktop did not close properly last time. These documents had unsaved changes:

%1

Recover them?</source>
        <translation>Kubegram Desktop wurde beim letzten Mal nicht ordnungsgemäß beendet. Diese Dokumente hatten ungespeicherte Änderungen:

%1

Sollen sie wiederhergestellt werden?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Job History Unavailable</source>
        <translation>Job-Verlauf nicht verfügbar</translation>
    </message>
    <message>
        <source>The local cache could not be opened, so generations are not recorded in this session.

%1</source>
        <translation>Der lokale Cache konnte nicht geöffnet werden, daher werden Generierungen in dieser Sitzung nicht aufgezeichnet.

%1</translation>
    </message>
    <message>
        <source>Local Cache</source>
        <translation>Lokaler Cache</translation>
    </message>
</context>
<context>
    <name>kg::AddElementsCommand</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Add Connections</source>
        <translation>Verbindungen hinzufügen</translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Nodes</source>
        <translation>
            <numerusform>%n Knoten hinzufügen</numerusform>
            <numerusform>%n Knoten hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kg::ArtifactExporter</name>
    <message>
        <source>empty path</source>
        <translation>leerer Pfad</translation>
    </message>
    <message>
        <source>path longer than %1 characters</source>
        <translation>Pfad länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>contains the reserved character &apos;%1&apos;</source>
        <translation>enthält das reservierte Zeichen „%1“</translation>
    </message>
    <message>
        <source>contains &apos;:&apos; (a drive letter or stream name)</source>
        <translation>enthält „:“ (Laufwerksbuchstabe oder Stream-Name)</translation>
    </message>
    <message>
        <source>network (UNC) path</source>
        <translation>Netzwerkpfad (UNC)</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>absoluter Pfad</translation>
    </message>
    <message>
        <source>deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>empty path segment</source>
        <translation>leerer Pfadabschnitt</translation>
    </message>
    <message>
        <source>contains a &apos;%1&apos; segment</source>
        <translation>enthält einen Abschnitt „%1“</translation>
    </message>
    <message>
        <source>a name longer than %1 bytes</source>
        <translation>ein Name länger als %1 Byte</translation>
    </message>
    <message>
        <source>a name ending in a dot or a space</source>
        <translation>ein Name, der auf einen Punkt oder ein Leerzeichen endet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved device name</source>
        <translation>„%1“ ist ein reservierter Gerätename</translation>
    </message>
    <message>
        <source>the export target exists and is not a folder</source>
        <translation>das Exportziel existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder is not empty; choose to overwrite or pick another folder</source>
        <translation>der Ordner ist nicht leer; wählen Sie Überschreiben oder einen anderen Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>path escapes the export folder</source>
        <translation>Pfad führt aus dem Exportordner heraus</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot write (%1); nothing was exported</source>
        <translation>Schreiben nicht möglich (%1); es wurde nichts exportiert</translation>
    </message>
    <message>
        <source>cannot move the exported files into place</source>
        <translation>die exportierten Dateien können nicht an ihren Zielort verschoben werden</translation>
    </message>
    <message>
        <source>refusing to write through a symbolic link in the export folder</source>
        <translation>Schreiben über einen symbolischen Link im Exportordner wird verweigert</translation>
    </message>
    <message>
        <source>a folder is in the way of a file</source>
        <translation>ein Ordner steht einer Datei im Weg</translation>
    </message>
    <message>
        <source>renamed to avoid a duplicate, the name is unusable: %1</source>
        <translation>umbenannt, um ein Duplikat zu vermeiden; der neue Name ist unbrauchbar: %1</translation>
    </message>
    <message>
        <source>the export folder is a broken symbolic link</source>
        <translation>der Exportordner ist ein defekter symbolischer Link</translation>
    </message>
    <message>
        <source>%1; nothing was written or removed</source>
        <translation>%1; es wurde nichts geschrieben oder entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folder would be replaced that are not files an earlier export of this graph wrote unchanged: %1. Nothing was written; choose Overwrite or Keep Both, or another folder.</source>
        <translation>
            <numerusform>%n Datei im Ordner würde ersetzt, die nicht von einem früheren Export dieses Graphen stammt oder seitdem geändert wurde: %1. Es wurde nichts geschrieben; wählen Sie Überschreiben oder Beide behalten oder einen anderen Ordner.</numerusform>
            <numerusform>%n Dateien im Ordner würden ersetzt, die nicht von einem früheren Export dieses Graphen stammen oder seitdem geändert wurden: %1. Es wurde nichts geschrieben; wählen Sie Überschreiben oder Beide behalten oder einen anderen Ordner.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the export record (%1); nothing was exported</source>
        <translation>das Exportprotokoll kann nicht geschrieben werden (%1); es wurde nichts exportiert</translation>
    </message>
    <message numerus="yes">
        <source>cannot move the file into place; %n file(s) were already replaced</source>
        <translation>
            <numerusform>die Datei kann nicht an ihren Zielort verschoben werden; %n Datei wurde bereits ersetzt</numerusform>
            <numerusform>die Datei kann nicht an ihren Zielort verschoben werden; %n Dateien wurden bereits ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be removed</source>
        <translation>konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>the files were written, but not the export record (%1); a later export will not remove stale files</source>
        <translation>die Dateien wurden geschrieben, das Exportprotokoll aber nicht (%1); ein späterer Export wird keine veralteten Dateien entfernen</translation>
    </message>
</context>
<context>
    <name>kg::ArtifactViewer</name>
    <message>
        <source>metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Generation report</source>
        <translation>Generierungsbericht</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), </source>
        <translation>
            <numerusform>%n Datei, </numerusform>
            <numerusform>%n Dateien, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n Fehler, </numerusform>
            <numerusform>%n Fehler, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nichts zu berichten.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>unsafe path: %1</source>
        <translation>unsicherer Pfad: %1</translation>
    </message>
    <message>
        <source>&amp;Highlight anyway</source>
        <translation>Trotzdem &amp;hervorheben</translation>
    </message>
    <message>
        <source>This file has %1 lines; highlighting is off to keep the viewer responsive.</source>
        <translation>Diese Datei hat %1 Zeilen; die Syntaxhervorhebung ist ausgeschaltet, damit die Anzeige reaktionsschnell bleibt.</translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation>Erzeugte Dateien</translation>
    </message>
    <message>
        <source>Files of the job: folder, name, Kubernetes kinds, size</source>
        <translation>Dateien des Jobs: Ordner, Name, Kubernetes-Kinds, Größe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Geöffnete Dateien</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;File Contents</source>
        <translation>&amp;Dateiinhalt kopieren</translation>
    </message>
    <message>
        <source>&amp;Word Wrap</source>
        <translation>&amp;Zeilenumbruch</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>Compare with F&amp;older…</source>
        <translation>Mit &amp;Ordner vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>Focus File &amp;Tree</source>
        <translation>&amp;Fokus auf Dateibaum</translation>
    </message>
    <message>
        <source>Focus &amp;Problems</source>
        <translation>Fokus auf &amp;Probleme</translation>
    </message>
    <message>
        <source>unsafe path: %1 (viewable, never exported)</source>
        <translation>unsicherer Pfad: %1 (anzeigbar, wird nie exportiert)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents of %1</source>
        <translation>Inhalt von %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>this job</source>
        <translation>dieser Job</translation>
    </message>
    <message>
        <source>Diff: %1</source>
        <translation>Diff: %1</translation>
    </message>
    <message>
        <source>Compare with Folder</source>
        <translation>Mit Ordner vergleichen</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
</context>
<context>
    <name>kg::ChangeEdgeCommand</name>
    <message>
        <source>Change Connection Type</source>
        <translation>Verbindungstyp ändern</translation>
    </message>
    <message>
        <source>Change Connection</source>
        <translation>Verbindung ändern</translation>
    </message>
</context>
<context>
    <name>kg::ChangeGraphInfoCommand</name>
    <message>
        <source>Change Graph Properties</source>
        <translation>Grapheigenschaften ändern</translation>
    </message>
</context>
<context>
    <name>kg::ChangeNodePropertyCommand</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>kg::CodeView</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading… %1%</source>
        <translation>Wird geladen… %1 %</translation>
    </message>
</context>
<context>
    <name>kg::DiffView</name>
    <message>
        <source>&amp;Hide unchanged files</source>
        <translation>Unveränderte Dateien &amp;ausblenden</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Vereinheitlicht</translation>
    </message>
    <message>
        <source>Diff layout</source>
        <translation>Diff-Darstellung</translation>
    </message>
    <message>
        <source>Compared files</source>
        <translation>Verglichene Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <source>Unified diff</source>
        <translation>Vereinheitlichter Diff</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %3</translation>
    </message>
    <message numerus="yes">
        <source>no differences (%n file(s))</source>
        <translation>
            <numerusform>keine Unterschiede (%n Datei)</numerusform>
            <numerusform>keine Unterschiede (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 removed, %4 unchanged</source>
        <translation>%1 geändert, %2 hinzugefügt, %3 entfernt, %4 unverändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>kg::ExportDialog</name>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>overwrite</source>
        <translation>überschreiben</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>umbenennen</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Zip archive</source>
        <translation>&amp;Zip-Archiv</translation>
    </message>
    <message>
        <source>Include &amp;metadata files</source>
        <translation>&amp;Metadaten-Dateien einschließen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner &amp;öffnen</translation>
    </message>
    <message>
        <source>Export Artifacts</source>
        <translation>Artefakte exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Their own paths</source>
        <translation>Ihre eigenen Pfade</translation>
    </message>
    <message>
        <source>One multi-document file (manifests.yaml)</source>
        <translation>Eine Datei mit mehreren Dokumenten (manifests.yaml)</translation>
    </message>
    <message>
        <source>When files exist</source>
        <translation>Wenn Dateien existieren</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Overwrite existing files</source>
        <translation>Vorhandene Dateien überschreiben</translation>
    </message>
    <message>
        <source>Keep both (number the new files)</source>
        <translation>Beide behalten (neue Dateien nummerieren)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Exportvorschau</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Export &amp;as:</source>
        <translation>Exportieren &amp;als:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;When files exist:</source>
        <translation>&amp;Wenn Dateien existieren:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>this layout needs the local engine</source>
        <translation>dieses Format benötigt die lokale Engine</translation>
    </message>
    <message>
        <source>choose where to export</source>
        <translation>Exportziel auswählen</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>aus %1: %2</translation>
    </message>
    <message>
        <source>not empty</source>
        <translation>nicht leer</translation>
    </message>
    <message>
        <source>%1 to write, %2 renamed, %3 rejected, %4 skipped</source>
        <translation>%1 zu schreiben, %2 umbenannt, %3 abgelehnt, %4 übersprungen</translation>
    </message>
    <message>
        <source>(the folder is not empty: you will be asked)</source>
        <translation>(der Ordner ist nicht leer: Sie werden gefragt)</translation>
    </message>
    <message>
        <source>Export to Zip Archive</source>
        <translation>In Zip-Archiv exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The archive already exists.</source>
        <translation>Das Archiv existiert bereits.</translation>
    </message>
    <message numerus="yes">
        <source>The folder already holds %n item(s).</source>
        <translation>
            <numerusform>Der Ordner enthält bereits %n Eintrag.</numerusform>
            <numerusform>Der Ordner enthält bereits %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Choose where to export.</source>
        <translation>Wählen Sie aus, wohin exportiert werden soll.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert.</numerusform>
            <numerusform>%n Dateien nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed.</source>
        <translation>
            <numerusform>%n umbenannt.</numerusform>
            <numerusform>%n umbenannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (unsafe paths).</source>
        <translation>
            <numerusform>%n abgelehnt (unsichere Pfade).</numerusform>
            <numerusform>%n abgelehnt (unsichere Pfade).</numerusform>
        </translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>Update the earlier export (remove files no longer generated)</source>
        <translation>Früheren Export aktualisieren (nicht mehr erzeugte Dateien entfernen)</translation>
    </message>
    <message numerus="yes">
        <source>%n stale file(s) to remove</source>
        <translation>
            <numerusform>%n veraltete Datei zu entfernen</numerusform>
            <numerusform>%n veraltete Dateien zu entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale file(s) kept</source>
        <translation>
            <numerusform>%n veraltete Datei behalten</numerusform>
            <numerusform>%n veraltete Dateien behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export and &amp;Remove %n Stale File(s)</source>
        <translation>
            <numerusform>Exportieren und %n veraltete Datei &amp;entfernen</numerusform>
            <numerusform>Exportieren und %n veraltete Dateien &amp;entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n Stale File(s)</source>
        <translation>
            <numerusform>%n veraltete Datei &amp;entfernen</numerusform>
            <numerusform>%n veraltete Dateien &amp;entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Update Export</source>
        <translation>Export &amp;aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>An earlier export of this graph is here. Updating it overwrites its files and removes the %n it wrote that are no longer generated (see the details); nothing else in the folder is touched.</source>
        <translation>
            <numerusform>Hier liegt ein früherer Export dieses Graphen. Beim Aktualisieren werden seine Dateien überschrieben und die %n von ihm geschriebene Datei entfernt, die nicht mehr erzeugt wird (siehe Details); alles andere im Ordner bleibt unberührt.</numerusform>
            <numerusform>Hier liegt ein früherer Export dieses Graphen. Beim Aktualisieren werden seine Dateien überschrieben und die %n von ihm geschriebenen Dateien entfernt, die nicht mehr erzeugt werden (siehe Details); alles andere im Ordner bleibt unberührt.</numerusform>
        </translation>
    </message>
    <message>
        <source>An earlier export of this graph is here. Updating it overwrites its files; nothing else in the folder is touched.</source>
        <translation>Hier liegt ein früherer Export dieses Graphen. Beim Aktualisieren werden seine Dateien überschrieben; alles andere im Ordner bleibt unberührt.</translation>
    </message>
    <message>
        <source>Files that will be removed:</source>
        <translation>Dateien, die entfernt werden:</translation>
    </message>
    <message numerus="yes">
        <source>%n stale file(s) removed.</source>
        <translation>
            <numerusform>%n veraltete Datei entfernt.</numerusform>
            <numerusform>%n veraltete Dateien entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale file(s) kept: %1</source>
        <translation>
            <numerusform>%n veraltete Datei behalten: %1</numerusform>
            <numerusform>%n veraltete Dateien behalten: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kg::ExportManifest</name>
    <message>
        <source>the export record is not a regular file</source>
        <translation>das Exportprotokoll ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the export record is too large to be one</source>
        <translation>die Datei ist zu groß für ein Exportprotokoll</translation>
    </message>
    <message>
        <source>cannot read the export record: %1</source>
        <translation>das Exportprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the export record is damaged: %1</source>
        <translation>das Exportprotokoll ist beschädigt: %1</translation>
    </message>
    <message>
        <source>not an export record of this application</source>
        <translation>kein Exportprotokoll dieser Anwendung</translation>
    </message>
    <message>
        <source>the export record was written by a newer version</source>
        <translation>das Exportprotokoll wurde von einer neueren Version geschrieben</translation>
    </message>
    <message>
        <source>changed since it was exported</source>
        <translation>seit dem Export geändert</translation>
    </message>
    <message>
        <source>not written by an earlier export of this graph</source>
        <translation>nicht von einem früheren Export dieses Graphen geschrieben</translation>
    </message>
    <message>
        <source>hidden files are never removed</source>
        <translation>versteckte Dateien werden nie entfernt</translation>
    </message>
    <message>
        <source>a symbolic link; links are never followed or removed</source>
        <translation>ein symbolischer Link; Links werden nie verfolgt oder entfernt</translation>
    </message>
    <message>
        <source>no longer a file</source>
        <translation>keine Datei mehr</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>kg::ExportPreview</name>
    <message>
        <source>metadata is exported only on request</source>
        <translation>Metadaten werden nur auf Wunsch exportiert</translation>
    </message>
    <message>
        <source>another artifact has the same name</source>
        <translation>ein anderes Artefakt hat denselben Namen</translation>
    </message>
    <message>
        <source>the export target exists and is not a folder</source>
        <translation>das Exportziel existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder is not empty; choose to overwrite or pick another folder</source>
        <translation>der Ordner ist nicht leer; wählen Sie Überschreiben oder einen anderen Ordner</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would be written through a symbolic link in the export folder</source>
        <translation>„%1“ würde über einen symbolischen Link im Exportordner geschrieben</translation>
    </message>
    <message>
        <source>a folder is in the way of &apos;%1&apos;</source>
        <translation>ein Ordner steht „%1“ im Weg</translation>
    </message>
    <message>
        <source>a file with that name exists; both are kept</source>
        <translation>eine Datei mit diesem Namen existiert; beide werden behalten</translation>
    </message>
    <message>
        <source>the archive path is a symbolic link</source>
        <translation>der Archivpfad ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>a folder is in the way of the archive</source>
        <translation>ein Ordner steht dem Archiv im Weg</translation>
    </message>
    <message>
        <source>the archive exists; choose to overwrite or keep both</source>
        <translation>das Archiv existiert; wählen Sie Überschreiben oder Beide behalten</translation>
    </message>
    <message>
        <source>the export folder is a broken symbolic link</source>
        <translation>der Exportordner ist ein defekter symbolischer Link</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folder would be replaced that are not files an earlier export of this graph wrote unchanged (%1): choose Overwrite or Keep Both, or another folder</source>
        <translation>
            <numerusform>%n Datei im Ordner würde ersetzt, die nicht von einem früheren Export dieses Graphen stammt oder seitdem geändert wurde (%1): wählen Sie Überschreiben oder Beide behalten oder einen anderen Ordner</numerusform>
            <numerusform>%n Dateien im Ordner würden ersetzt, die nicht von einem früheren Export dieses Graphen stammen oder seitdem geändert wurden (%1): wählen Sie Überschreiben oder Beide behalten oder einen anderen Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>no longer generated</source>
        <translation>nicht mehr erzeugt</translation>
    </message>
    <message>
        <source>no longer generated; kept: %1</source>
        <translation>nicht mehr erzeugt; behalten: %1</translation>
    </message>
</context>
<context>
    <name>kg::GraphDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>kg::GraphValidator</name>
    <message>
        <source>a node has an empty id</source>
        <translation>ein Knoten hat eine leere ID</translation>
    </message>
    <message>
        <source>duplicate node id &quot;%1&quot; (first used by node %2)</source>
        <translation>doppelte Knoten-ID „%1“ (zuerst verwendet von Knoten %2)</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; has no kind; nothing is generated for it</source>
        <translation>Knoten „%1“ hat keinen Kind; für ihn wird nichts erzeugt</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; nothing is generated for node &quot;%2&quot;</source>
        <translation>unbekannter Kind „%1“; für Knoten „%2“ wird nichts erzeugt</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not generated by the local engine: %3</source>
        <translation>%1 „%2“ wird von der lokalen Engine nicht erzeugt: %3</translation>
    </message>
    <message>
        <source>%1 has an empty name</source>
        <translation>%1 hat einen leeren Namen</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; has no letters or digits to make a Kubernetes name from</source>
        <translation>Name „%1“ enthält keine Buchstaben oder Ziffern, aus denen sich ein Kubernetes-Name bilden ließe</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; is not a valid Kubernetes name; it will be generated as &quot;%2&quot;</source>
        <translation>Name „%1“ ist kein gültiger Kubernetes-Name; er wird als „%2“ erzeugt</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; has no tag; pin a version such as %1:1.0</source>
        <translation>Image „%1“ hat kein Tag; legen Sie eine Version fest, z. B. %1:1.0</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; uses the tag &quot;latest&quot;; pin a version</source>
        <translation>Image „%1“ verwendet das Tag „latest“; legen Sie eine Version fest</translation>
    </message>
    <message>
        <source>duplicate edge id &quot;%1&quot;</source>
        <translation>doppelte Verbindungs-ID „%1“</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot; connects %2 to %3, which does not exist; it is ignored</source>
        <translation>Verbindung „%1“ verbindet %2 mit %3, das nicht existiert; sie wird ignoriert</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot; connects a node to itself</source>
        <translation>Verbindung „%1“ verbindet einen Knoten mit sich selbst</translation>
    </message>
    <message>
        <source>a connection from %1 to %2 has no meaning for the engine; it is reported as not mapped</source>
        <translation>eine Verbindung von %1 zu %2 hat für die Engine keine Bedeutung; sie wird als nicht zugeordnet gemeldet</translation>
    </message>
</context>
<context>
    <name>kg::JobDiff</name>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message numerus="yes">
        <source>the folder holds more than %n file(s)</source>
        <translation>
            <numerusform>der Ordner enthält mehr als %n Datei</numerusform>
            <numerusform>der Ordner enthält mehr als %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>the folder holds more than %1 MiB</source>
        <translation>der Ordner enthält mehr als %1 MiB</translation>
    </message>
</context>
<context>
    <name>kg::LocalEngine</name>
    <message>
        <source>grants nothing: its rule has no resources or no verbs</source>
        <translation>gewährt nichts: seine Regel hat keine Ressourcen oder keine Verben</translation>
    </message>
    <message>
        <source>is connected to several roles; binds %1, not %2</source>
        <translation>ist mit mehreren Roles verbunden; bindet %1, nicht %2</translation>
    </message>
    <message>
        <source>a ClusterRoleBinding can only bind a ClusterRole, not Role %1</source>
        <translation>ein ClusterRoleBinding kann nur eine ClusterRole binden, nicht die Role %1</translation>
    </message>
    <message>
        <source>Role %1 is in namespace %2; a RoleBinding in %3 cannot bind it</source>
        <translation>Role %1 liegt im Namespace %2; ein RoleBinding in %3 kann sie nicht binden</translation>
    </message>
    <message>
        <source>is connected to no role; a binding needs one, so none is generated</source>
        <translation>ist mit keiner Role verbunden; ein Binding benötigt eine, daher wird keines erzeugt</translation>
    </message>
    <message>
        <source>has no subjects; connect it to a service account</source>
        <translation>hat keine Subjects; verbinden Sie es mit einem ServiceAccount</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a Kubernetes quantity; using %3</source>
        <translation>%1 „%2“ ist keine Kubernetes-Mengenangabe; %3 wird verwendet</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is not a valid ConfigMap key; left out</source>
        <translation>Schlüssel „%1“ ist kein gültiger ConfigMap-Schlüssel; ausgelassen</translation>
    </message>
    <message>
        <source>has no data yet</source>
        <translation>hat noch keine Daten</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is not a valid Secret key; left out</source>
        <translation>Schlüssel „%1“ ist kein gültiger Secret-Schlüssel; ausgelassen</translation>
    </message>
    <message>
        <source>a Secret of type %1 needs the key %2; added</source>
        <translation>ein Secret vom Typ %1 benötigt den Schlüssel %2; hinzugefügt</translation>
    </message>
    <message>
        <source>has no keys; the Secret is empty</source>
        <translation>hat keine Schlüssel; das Secret ist leer</translation>
    </message>
    <message>
        <source>holds placeholder values only (%1); set the real values at deploy time, e.g. with kubectl create secret or a secrets operator</source>
        <translation>enthält nur Platzhalterwerte (%1); setzen Sie die echten Werte bei der Bereitstellung, z. B. mit kubectl create secret oder einem Secrets-Operator</translation>
    </message>
    <message>
        <source>uses the cluster&apos;s default storage class</source>
        <translation>verwendet die Standard-StorageClass des Clusters</translation>
    </message>
    <message>
        <source>a hostPath volume keeps its data on one node; use a storage class for anything but single-node clusters</source>
        <translation>ein hostPath-Volume hält seine Daten auf einem einzigen Knoten; verwenden Sie außer bei Ein-Knoten-Clustern eine StorageClass</translation>
    </message>
    <message>
        <source>Secret %1 holds placeholder values (%2); set real credentials before deploying</source>
        <translation>Secret %1 enthält Platzhalterwerte (%2); setzen Sie vor der Bereitstellung echte Zugangsdaten</translation>
    </message>
    <message>
        <source>external, but no host is given; using the placeholder %1</source>
        <translation>extern, aber ohne Host; der Platzhalter %1 wird verwendet</translation>
    </message>
    <message>
        <source>runs outside the cluster at %1; only a Service of type ExternalName is generated</source>
        <translation>läuft außerhalb des Clusters unter %1; erzeugt wird nur ein Service vom Typ ExternalName</translation>
    </message>
    <message>
        <source>engine &quot;%1&quot; is not known; no object generated</source>
        <translation>Engine „%1“ ist unbekannt; kein Objekt erzeugt</translation>
    </message>
    <message>
        <source>image %1 (the engine&apos;s pinned default)</source>
        <translation>Image %1 (der fest vorgegebene Standard der Engine)</translation>
    </message>
    <message>
        <source>%1 writes to its root filesystem at start-up; the root filesystem stays writable</source>
        <translation>%1 schreibt beim Start in sein Root-Dateisystem; das Root-Dateisystem bleibt beschreibbar</translation>
    </message>
    <message>
        <source>max memory &quot;%1&quot; is not understood; using 64 MB</source>
        <translation>max. Arbeitsspeicher „%1“ wird nicht verstanden; 64 MB werden verwendet</translation>
    </message>
    <message>
        <source>Kafka runs as a single-node KRaft cluster; more replicas need a controller quorum configured by hand</source>
        <translation>Kafka läuft als KRaft-Cluster mit einem Knoten; für mehr Replikate muss ein Controller-Quorum von Hand konfiguriert werden</translation>
    </message>
    <message>
        <source>topics/queues %1 are created by the clients or by hand; the engine does not create them</source>
        <translation>Topics/Queues %1 werden von den Clients oder von Hand angelegt; die Engine legt sie nicht an</translation>
    </message>
    <message>
        <source>%1 replicas start independent %2 instances; replication is not configured</source>
        <translation>%1 Replikate starten unabhängige %2-Instanzen; Replikation ist nicht konfiguriert</translation>
    </message>
    <message>
        <source>storage size &quot;%1&quot; is not a quantity; using 1Gi</source>
        <translation>Speichergröße „%1“ ist keine Mengenangabe; 1Gi wird verwendet</translation>
    </message>
    <message>
        <source>storage: a %1 volume claim per replica at %2</source>
        <translation>Speicher: ein Volume-Claim von %1 pro Replikat unter %2</translation>
    </message>
    <message>
        <source>no persistence: the cache starts empty after every restart</source>
        <translation>keine Persistenz: der Cache startet nach jedem Neustart leer</translation>
    </message>
    <message>
        <source>blocked traffic is expressed by leaving out an allow rule; enable NetworkPolicies to block undrawn flows</source>
        <translation>blockierter Traffic wird durch Weglassen einer Erlaubnisregel ausgedrückt; aktivieren Sie NetworkPolicies, um nicht gezeichnete Datenflüsse zu blockieren</translation>
    </message>
    <message>
        <source>an Ingress routes only to Services and workloads</source>
        <translation>ein Ingress leitet nur zu Services und Arbeitslasten weiter</translation>
    </message>
    <message>
        <source>a load balancer can only select pods in the cluster</source>
        <translation>ein Load Balancer kann nur Pods im Cluster auswählen</translation>
    </message>
    <message>
        <source>a Service selects workload pods only</source>
        <translation>ein Service wählt nur Pods von Arbeitslasten aus</translation>
    </message>
    <message>
        <source>no rule for %1 → %2</source>
        <translation>keine Regel für %1 → %2</translation>
    </message>
    <message>
        <source>edge %1 (%2 → %3%4)</source>
        <translation>Verbindung %1 (%2 → %3%4)</translation>
    </message>
    <message>
        <source>%1: dangling, node &quot;%2&quot; does not exist; ignored</source>
        <translation>%1: ins Leere, Knoten „%2“ existiert nicht; ignoriert</translation>
    </message>
    <message>
        <source>%1 not mapped: %2</source>
        <translation>%1 nicht zugeordnet: %2</translation>
    </message>
    <message>
        <source>an edge from a node to itself has no meaning</source>
        <translation>eine Verbindung von einem Knoten zu sich selbst hat keine Bedeutung</translation>
    </message>
    <message>
        <source>one of its nodes generates no object</source>
        <translation>einer ihrer Knoten erzeugt kein Objekt</translation>
    </message>
    <message>
        <source>%1 is in namespace %2 and %3 in %4; Kubernetes only links these within one namespace</source>
        <translation>%1 liegt im Namespace %2 und %3 in %4; Kubernetes verknüpft diese nur innerhalb eines Namespace</translation>
    </message>
    <message>
        <source>%1 runs outside the cluster</source>
        <translation>%1 läuft außerhalb des Clusters</translation>
    </message>
    <message>
        <source>%1 is drawn from %2 to %3; read as %3 → %2</source>
        <translation>%1 ist von %2 nach %3 gezeichnet; gelesen als %3 → %2</translation>
    </message>
    <message>
        <source>selects %1 workloads; each gets the pod label %2=true</source>
        <translation>wählt %1 Arbeitslasten aus; jede erhält das Pod-Label %2=true</translation>
    </message>
    <message>
        <source>has no name; named %1</source>
        <translation>hat keinen Namen; benannt als %1</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; is not a DNS-1123 name; using %2</source>
        <translation>Name „%1“ ist kein DNS-1123-Name; %2 wird verwendet</translation>
    </message>
    <message>
        <source>%1; using the default %2</source>
        <translation>%1; der Standardwert %2 wird verwendet</translation>
    </message>
    <message>
        <source>label %1=%2 is not a valid Kubernetes label; left out</source>
        <translation>Label %1=%2 ist kein gültiges Kubernetes-Label; ausgelassen</translation>
    </message>
    <message>
        <source>no port given; assuming %1 (usual for %2)</source>
        <translation>kein Port angegeben; %1 wird angenommen (üblich für %2)</translation>
    </message>
    <message>
        <source>web services</source>
        <translation>Webdienste</translation>
    </message>
    <message>
        <source>the name %1 is already used in %2; renamed to %3</source>
        <translation>der Name %1 wird in %2 bereits verwendet; umbenannt in %3</translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation>der Cluster</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; no object generated</source>
        <translation>unbekannter Kind „%1“; kein Objekt erzeugt</translation>
    </message>
    <message>
        <source>%1 is not generated by the local engine (%2)</source>
        <translation>%1 wird von der lokalen Engine nicht erzeugt (%2)</translation>
    </message>
    <message>
        <source>a generation is already running</source>
        <translation>eine Generierung läuft bereits</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot;; use one of: %2</source>
        <translation>unbekanntes Format „%1“; verwenden Sie eines von: %2</translation>
    </message>
    <message>
        <source>generation cancelled</source>
        <translation>Generierung abgebrochen</translation>
    </message>
    <message>
        <source>Reading nodes</source>
        <translation>Knoten werden gelesen</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; is not a DNS-1123 name; using %2</source>
        <translation>Namespace „%1“ ist kein DNS-1123-Name; %2 wird verwendet</translation>
    </message>
    <message>
        <source>Wiring edges</source>
        <translation>Verbindungen werden verknüpft</translation>
    </message>
    <message>
        <source>Naming objects</source>
        <translation>Objekte werden benannt</translation>
    </message>
    <message>
        <source>Building objects</source>
        <translation>Objekte werden aufgebaut</translation>
    </message>
    <message>
        <source>Writing %1 layout</source>
        <translation>Format %1 wird geschrieben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>is connected to no workload; the Service has no selector (add an EndpointSlice yourself or connect it to a workload)</source>
        <translation>ist mit keiner Arbeitslast verbunden; der Service hat keinen Selektor (legen Sie selbst ein EndpointSlice an oder verbinden Sie ihn mit einer Arbeitslast)</translation>
    </message>
    <message>
        <source>the selected workload declares no port; target port %1 assumed</source>
        <translation>die ausgewählte Arbeitslast deklariert keinen Port; Zielport %1 wird angenommen</translation>
    </message>
    <message>
        <source>no host given; using the placeholder %1</source>
        <translation>kein Host angegeben; der Platzhalter %1 wird verwendet</translation>
    </message>
    <message>
        <source>%1 has no port, so it cannot be an Ingress backend</source>
        <translation>%1 hat keinen Port und kann daher kein Ingress-Backend sein</translation>
    </message>
    <message>
        <source>%1 is routed at %2 (no path drawn for it)</source>
        <translation>%1 wird unter %2 geroutet (kein Pfad dafür gezeichnet)</translation>
    </message>
    <message>
        <source>routes to nothing; no Ingress generated (connect it to a Service or workload)</source>
        <translation>leitet nirgendwohin weiter; kein Ingress erzeugt (verbinden Sie ihn mit einem Service oder einer Arbeitslast)</translation>
    </message>
    <message>
        <source>CORS is on, but only the nginx ingress class is configured for it; configure CORS in your ingress controller</source>
        <translation>CORS ist aktiviert, wird aber nur für die Ingress-Klasse nginx konfiguriert; konfigurieren Sie CORS in Ihrem Ingress-Controller</translation>
    </message>
    <message>
        <source>TLS certificate Secret %1 must exist (cert-manager or created by hand)</source>
        <translation>das TLS-Zertifikat-Secret %1 muss existieren (über cert-manager oder von Hand angelegt)</translation>
    </message>
    <message>
        <source>no host given; the rule matches every host</source>
        <translation>kein Host angegeben; die Regel passt auf jeden Host</translation>
    </message>
    <message>
        <source>connected to no workload; applies to every pod in namespace %1</source>
        <translation>mit keiner Arbeitslast verbunden; gilt für jeden Pod im Namespace %1</translation>
    </message>
    <message>
        <source>egress is restricted; DNS to kube-system stays allowed</source>
        <translation>Egress ist eingeschränkt; DNS zu kube-system bleibt erlaubt</translation>
    </message>
    <message>
        <source>NetworkPolicies: namespace %1 denies all incoming pod traffic except the drawn flows</source>
        <translation>NetworkPolicies: Namespace %1 verweigert allen eingehenden Pod-Traffic außer den gezeichneten Datenflüssen</translation>
    </message>
    <message>
        <source>reached from an Ingress or load balancer: its ports %1 accept traffic from any source</source>
        <translation>erreichbar über einen Ingress oder Load Balancer: seine Ports %1 akzeptieren Traffic von jeder Quelle</translation>
    </message>
    <message>
        <source>Kubernetes manifests for %1, generated by Kubegram Desktop</source>
        <translation>Kubernetes-Manifeste für %1, erzeugt von Kubegram Desktop</translation>
    </message>
    <message>
        <source>%1 has no known port; left out of the configuration</source>
        <translation>%1 hat keinen bekannten Port; in der Konfiguration ausgelassen</translation>
    </message>
    <message>
        <source>upstream &quot;%1&quot; is not host:port; left out</source>
        <translation>Upstream „%1“ ist nicht host:port; ausgelassen</translation>
    </message>
    <message>
        <source>has no upstreams; it answers 503 until one is connected</source>
        <translation>hat keine Upstreams; antwortet mit 503, bis einer verbunden ist</translation>
    </message>
    <message>
        <source>is connected to nothing; it only scrapes itself</source>
        <translation>ist mit nichts verbunden; ruft nur die eigenen Metriken ab</translation>
    </message>
    <message>
        <source>scrapes /metrics on the port of each connected node (%1 targets)</source>
        <translation>ruft /metrics auf dem Port jedes verbundenen Knotens ab (%1 Ziele)</translation>
    </message>
    <message>
        <source>metrics are kept in an emptyDir volume and lost when the pod restarts</source>
        <translation>Metriken werden in einem emptyDir-Volume gehalten und gehen beim Neustart des Pods verloren</translation>
    </message>
    <message>
        <source>environment variable %1 is already set; the value from the edge is not used</source>
        <translation>Umgebungsvariable %1 ist bereits gesetzt; der Wert aus der Verbindung wird nicht verwendet</translation>
    </message>
    <message>
        <source>%1 and %2 both mount at %3; %2 moves to %4</source>
        <translation>%1 und %2 werden beide unter %3 eingehängt; %2 wird nach %4 verschoben</translation>
    </message>
    <message>
        <source>%1 is mounted at %2 (no mount path on the edge)</source>
        <translation>%1 wird unter %2 eingehängt (kein Mount-Pfad an der Verbindung)</translation>
    </message>
    <message>
        <source>volume claim %1 is mounted at %2 (the default mount path)</source>
        <translation>Volume-Claim %1 wird unter %2 eingehängt (der Standard-Mount-Pfad)</translation>
    </message>
    <message>
        <source>is connected to several service accounts; using %1, not %2</source>
        <translation>ist mit mehreren ServiceAccounts verbunden; %1 wird verwendet, nicht %2</translation>
    </message>
    <message>
        <source>%1 has no known port; only %2_HOST is set</source>
        <translation>%1 hat keinen bekannten Port; nur %2_HOST wird gesetzt</translation>
    </message>
    <message>
        <source>resources: %1</source>
        <translation>Ressourcen: %1</translation>
    </message>
    <message>
        <source>no image given; using the placeholder %1, replace it before deploying</source>
        <translation>kein Image angegeben; der Platzhalter %1 wird verwendet, ersetzen Sie ihn vor der Bereitstellung</translation>
    </message>
    <message>
        <source>image %1 has no tag, so Kubernetes pulls &quot;latest&quot;; pin a version</source>
        <translation>Image %1 hat kein Tag, daher lädt Kubernetes „latest“; legen Sie eine Version fest</translation>
    </message>
    <message>
        <source>image %1 uses the &quot;latest&quot; tag; pin a version for repeatable deployments</source>
        <translation>Image %1 verwendet das Tag „latest“; legen Sie für reproduzierbare Bereitstellungen eine Version fest</translation>
    </message>
    <message>
        <source>environment variable name &quot;%1&quot; is not valid; left out</source>
        <translation>Name der Umgebungsvariable „%1“ ist ungültig; ausgelassen</translation>
    </message>
    <message>
        <source>engine-specific readiness probe</source>
        <translation>Engine-spezifische Readiness-Probe</translation>
    </message>
    <message>
        <source>HTTP probes on %1 port %2</source>
        <translation>HTTP-Probes auf %1 Port %2</translation>
    </message>
    <message>
        <source>TCP probes on port %1 (set a health check path for HTTP probes)</source>
        <translation>TCP-Probes auf Port %1 (setzen Sie einen Health-Check-Pfad für HTTP-Probes)</translation>
    </message>
    <message>
        <source>no probes: neither a port nor a health check path is known</source>
        <translation>keine Probes: weder ein Port noch ein Health-Check-Pfad ist bekannt</translation>
    </message>
    <message>
        <source>runs as user %1, non-root, no privilege escalation, all capabilities dropped, seccomp RuntimeDefault, %2 root filesystem</source>
        <translation>läuft als Benutzer %1, ohne Root, ohne Rechteausweitung, alle Capabilities entzogen, seccomp RuntimeDefault, %2 Root-Dateisystem</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschütztes</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>beschreibbares</translation>
    </message>
    <message>
        <source>writable emptyDir volumes at %1</source>
        <translation>beschreibbare emptyDir-Volumes unter %1</translation>
    </message>
    <message>
        <source>is connected to no workload; none is generated</source>
        <translation>ist mit keiner Arbeitslast verbunden; es wird keiner erzeugt</translation>
    </message>
    <message>
        <source>is connected to %1 workloads; only %2 is used</source>
        <translation>ist mit %1 Arbeitslasten verbunden; nur %2 wird verwendet</translation>
    </message>
    <message>
        <source>%1 is a %2, which cannot be scaled; no autoscaler generated</source>
        <translation>%1 ist ein %2, der nicht skaliert werden kann; kein Autoscaler erzeugt</translation>
    </message>
    <message>
        <source>max replicas %1 is below min replicas %2; using %2</source>
        <translation>max. Replikate %1 liegt unter min. Replikate %2; %2 wird verwendet</translation>
    </message>
    <message>
        <source>no scaling metric set; scales on 70% CPU</source>
        <translation>keine Skalierungsmetrik gesetzt; skaliert bei 70 % CPU</translation>
    </message>
    <message>
        <source>the autoscaler owns the replica count of %1</source>
        <translation>der Autoscaler bestimmt die Replikatanzahl von %1</translation>
    </message>
    <message>
        <source>min available &quot;%1&quot; is neither a number nor a percentage; using 1</source>
        <translation>Min. verfügbar „%1“ ist weder eine Zahl noch ein Prozentwert; 1 wird verwendet</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a Kubernetes quantity; left out</source>
        <translation>%1 „%2“ ist keine Kubernetes-Mengenangabe; ausgelassen</translation>
    </message>
    <message>
        <source>Pod Security Admission level &quot;%1&quot; is enforced</source>
        <translation>Pod-Security-Admission-Stufe „%1“ wird durchgesetzt</translation>
    </message>
    <message>
        <source>other nodes connect to it, but it has no container port; no Service is generated (add a port)</source>
        <translation>andere Knoten verbinden sich damit, aber es hat keinen Container-Port; kein Service erzeugt (fügen Sie einen Port hinzu)</translation>
    </message>
    <message>
        <source>other nodes connect to it directly; a ClusterIP Service %1 is generated</source>
        <translation>andere Knoten verbinden sich direkt damit; ein ClusterIP-Service %1 wird erzeugt</translation>
    </message>
    <message>
        <source>schedule &quot;%1&quot; is not a cron expression; using &quot;0 2 * * *&quot;</source>
        <translation>Zeitplan „%1“ ist kein Cron-Ausdruck; „0 2 * * *“ wird verwendet</translation>
    </message>
    <message>
        <source>a bare Pod is not restarted on another node when its node fails; prefer a Deployment</source>
        <translation>ein einzelner Pod wird bei Ausfall seines Knotens nicht auf einem anderen neu gestartet; verwenden Sie besser ein Deployment</translation>
    </message>
    <message>
        <source>container %1: %2</source>
        <translation>Container %1: %2</translation>
    </message>
    <message>
        <source>may run as root (no runAsNonRoot or runAsUser); &quot;Harden containers&quot; in the inspector fixes it</source>
        <translation>läuft möglicherweise als Root (kein runAsNonRoot oder runAsUser); „Container härten“ im Inspektor behebt das</translation>
    </message>
    <message>
        <source>has no resource requests or limits</source>
        <translation>hat keine Ressourcen-Requests oder -Limits</translation>
    </message>
    <message>
        <source>has no readiness or liveness probe</source>
        <translation>hat keine Readiness- oder Liveness-Probe</translation>
    </message>
    <message>
        <source>image %1 is not pinned to a version</source>
        <translation>Image %1 ist nicht auf eine Version festgelegt</translation>
    </message>
    <message>
        <source>refers to %1 for the connection drawn to it</source>
        <translation>verweist auf %1, da eine Verbindung dorthin gezeichnet ist</translation>
    </message>
    <message>
        <source>the connection to %1 is not applied to the imported object; edit its YAML to refer to %1</source>
        <translation>die Verbindung zu %1 wird nicht auf das importierte Objekt angewendet; bearbeiten Sie sein YAML, damit es auf %1 verweist</translation>
    </message>
    <message>
        <source>its imported YAML cannot be read (%1); nothing is generated for it</source>
        <translation>sein importiertes YAML kann nicht gelesen werden (%1); für ihn wird nichts erzeugt</translation>
    </message>
    <message>
        <source>the change of %1 has no place in the imported %2; edit its YAML instead</source>
        <translation>die Änderung von %1 hat im importierten %2-Objekt keinen Platz; bearbeiten Sie stattdessen sein YAML</translation>
    </message>
    <message>
        <source>renamed to %1; references to its old name are not changed</source>
        <translation>umbenannt in %1; Verweise auf den alten Namen werden nicht geändert</translation>
    </message>
    <message>
        <source>One file per resource</source>
        <translation>Eine Datei pro Ressource</translation>
    </message>
    <message>
        <source>One multi-document file</source>
        <translation>Eine Datei mit mehreren Dokumenten</translation>
    </message>
    <message>
        <source>Kustomize base</source>
        <translation>Kustomize-Basis</translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation>Helm-Chart</translation>
    </message>
</context>
<context>
    <name>kg::ManifestValidator</name>
    <message>
        <source>the file is binary, not YAML</source>
        <translation>die Datei ist binär, kein YAML</translation>
    </message>
    <message>
        <source>too many YAML documents</source>
        <translation>zu viele YAML-Dokumente</translation>
    </message>
    <message>
        <source>cannot read YAML: %1</source>
        <translation>YAML kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>a document must be a Kubernetes object (a mapping)</source>
        <translation>ein Dokument muss ein Kubernetes-Objekt sein (ein Mapping)</translation>
    </message>
    <message>
        <source>missing &quot;apiVersion&quot;</source>
        <translation>&quot;apiVersion&quot; fehlt</translation>
    </message>
    <message>
        <source>missing &quot;kind&quot;</source>
        <translation>&quot;kind&quot; fehlt</translation>
    </message>
    <message>
        <source>%1 uses apiVersion &quot;%2&quot;; the current stable one is &quot;%3&quot;</source>
        <translation>%1 verwendet apiVersion &quot;%2&quot;; die aktuelle stabile ist &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 has no &quot;metadata&quot; mapping</source>
        <translation>%1 hat kein &quot;metadata&quot;-Mapping</translation>
    </message>
    <message>
        <source>%1 has no metadata.name</source>
        <translation>%1 hat kein metadata.name</translation>
    </message>
    <message>
        <source>%1 name &quot;%2&quot; is not a valid DNS-1123 %3</source>
        <translation>%1-Name „%2“ ist kein gültiges DNS-1123-%3</translation>
    </message>
    <message>
        <source>label (lower case letters, digits and &apos;-&apos;, at most 63)</source>
        <translation>Label (Kleinbuchstaben, Ziffern und „-“, höchstens 63)</translation>
    </message>
    <message>
        <source>subdomain</source>
        <translation>Subdomain</translation>
    </message>
    <message>
        <source>metadata.namespace is not a valid namespace name</source>
        <translation>metadata.namespace ist kein gültiger Namespace-Name</translation>
    </message>
    <message>
        <source>no Kubernetes objects in this file</source>
        <translation>keine Kubernetes-Objekte in dieser Datei</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>more than %1 manifest files</source>
        <translation>mehr als %1 Manifestdateien</translation>
    </message>
    <message>
        <source>no *.yaml or *.yml files in this folder</source>
        <translation>keine *.yaml- oder *.yml-Dateien in diesem Ordner</translation>
    </message>
    <message>
        <source>a Helm template; render it (helm template) to validate it</source>
        <translation>ein Helm-Template; rendern Sie es (helm template), um es zu prüfen</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; it was not checked</source>
        <translation>die Datei ist größer als %1 MiB; sie wurde nicht geprüft</translation>
    </message>
    <message>
        <source>YAML too complex: more than %1 nodes; the rest of the file was not checked</source>
        <translation>YAML zu komplex: mehr als %1 Knoten; der Rest der Datei wurde nicht geprüft</translation>
    </message>
    <message>
        <source>not enough memory to read this YAML</source>
        <translation>nicht genügend Arbeitsspeicher, um dieses YAML zu lesen</translation>
    </message>
</context>
<context>
    <name>kg::MoveNodesCommand</name>
    <message>
        <source>Move Node</source>
        <translation>Knoten verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Nodes</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kg::MultiDocumentBundle</name>
    <message>
        <source>metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>not a YAML file</source>
        <translation>keine YAML-Datei</translation>
    </message>
</context>
<context>
    <name>kg::NodeKindCatalog</name>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Kubernetes namespace; empty = the containing namespace frame, else &apos;default&apos;.</source>
        <translation>Kubernetes-Namespace; leer = der umgebende Namespace-Rahmen, sonst „default“.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Extra labels added to every object.</source>
        <translation>Zusätzliche Labels für jedes Objekt.</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>CPU-Anforderung</translation>
    </message>
    <message>
        <source>Memory request</source>
        <translation>Arbeitsspeicher-Anforderung</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>CPU-Limit</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Arbeitsspeicher-Limit</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Container image with a tag, e.g. ghcr.io/acme/api:1.4.2.</source>
        <translation>Container-Image mit Tag, z. B. ghcr.io/acme/api:1.4.2.</translation>
    </message>
    <message>
        <source>Container ports</source>
        <translation>Container-Ports</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Health check path</source>
        <translation>Health-Check-Pfad</translation>
    </message>
    <message>
        <source>HTTP path for readiness and liveness probes, e.g. /healthz.</source>
        <translation>HTTP-Pfad für Readiness- und Liveness-Probes, z. B. /healthz.</translation>
    </message>
    <message>
        <source>Read-only root filesystem</source>
        <translation>Schreibgeschütztes Root-Dateisystem</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>StorageClass</translation>
    </message>
    <message>
        <source>Empty = the cluster&apos;s default storage class.</source>
        <translation>Leer = die Standard-StorageClass des Clusters.</translation>
    </message>
    <message>
        <source>External (not deployed)</source>
        <translation>Extern (nicht bereitgestellt)</translation>
    </message>
    <message>
        <source>The component runs outside the cluster; only a Service pointing at it is generated.</source>
        <translation>Die Komponente läuft außerhalb des Clusters; erzeugt wird nur ein Service, der auf sie verweist.</translation>
    </message>
    <message>
        <source>External host</source>
        <translation>Externer Host</translation>
    </message>
    <message>
        <source>DNS name of the external component.</source>
        <translation>DNS-Name der externen Komponente.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Image tag; empty = the engine&apos;s pinned default.</source>
        <translation>Image-Tag; leer = die von der Engine fest vorgegebene Standardversion.</translation>
    </message>
    <message>
        <source>Microservice</source>
        <translation>Microservice</translation>
    </message>
    <message>
        <source>An application service: a Deployment and a ClusterIP Service for its ports.</source>
        <translation>Ein Anwendungsdienst: ein Deployment und ein ClusterIP-Service für seine Ports.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Stateless pods with rolling updates.</source>
        <translation>Zustandslose Pods mit Rolling Updates.</translation>
    </message>
    <message>
        <source>Update strategy</source>
        <translation>Update-Strategie</translation>
    </message>
    <message>
        <source>StatefulSet</source>
        <translation>StatefulSet</translation>
    </message>
    <message>
        <source>Pods with stable identity and their own volumes, behind a headless Service.</source>
        <translation>Pods mit stabiler Identität und eigenen Volumes hinter einem Headless-Service.</translation>
    </message>
    <message>
        <source>Storage per replica</source>
        <translation>Speicherplatz pro Replikat</translation>
    </message>
    <message>
        <source>Empty = no volume claim template, e.g. 10Gi.</source>
        <translation>Leer = keine Volume-Claim-Vorlage, z. B. 10Gi.</translation>
    </message>
    <message>
        <source>Mount path</source>
        <translation>Mount-Pfad</translation>
    </message>
    <message>
        <source>DaemonSet</source>
        <translation>DaemonSet</translation>
    </message>
    <message>
        <source>One pod on every node.</source>
        <translation>Ein Pod auf jedem Cluster-Knoten.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Pods that run to completion.</source>
        <translation>Pods, die bis zum Abschluss laufen.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Abschlüsse</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Neustart-Richtlinie</translation>
    </message>
    <message>
        <source>CronJob</source>
        <translation>CronJob</translation>
    </message>
    <message>
        <source>A Job on a schedule.</source>
        <translation>Ein Job nach Zeitplan.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Cron expression: minute hour day month weekday.</source>
        <translation>Cron-Ausdruck: Minute Stunde Tag Monat Wochentag.</translation>
    </message>
    <message>
        <source>Concurrency policy</source>
        <translation>Nebenläufigkeitsrichtlinie</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>A single pod; prefer a Deployment for anything long-lived.</source>
        <translation>Ein einzelner Pod; für alles Langlebige ist ein Deployment vorzuziehen.</translation>
    </message>
    <message>
        <source>ReplicaSet</source>
        <translation>ReplicaSet</translation>
    </message>
    <message>
        <source>Managed by Deployments; not generated on its own (use a Deployment).</source>
        <translation>Wird von Deployments verwaltet; nicht eigenständig erzeugt (verwenden Sie ein Deployment).</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>A stable address for the workloads it is connected to.</source>
        <translation>Eine stabile Adresse für die damit verbundenen Arbeitslasten.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>0 = the first port of the connected workload.</source>
        <translation>0 = der erste Port der verbundenen Arbeitslast.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Host names, e.g. shop.example.com.</source>
        <translation>Hostnamen, z. B. shop.example.com.</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Path type</source>
        <translation>Pfadtyp</translation>
    </message>
    <message>
        <source>Ingress class</source>
        <translation>Ingress-Klasse</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TLS secret</source>
        <translation>TLS-Secret</translation>
    </message>
    <message>
        <source>Empty = &lt;name&gt;-tls when TLS is on.</source>
        <translation>Leer = &lt;name&gt;-tls, wenn TLS aktiv ist.</translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <source>HTTP routing from outside the cluster to Services.</source>
        <translation>HTTP-Routing von außerhalb des Clusters zu Services.</translation>
    </message>
    <message>
        <source>API Gateway</source>
        <translation>API-Gateway</translation>
    </message>
    <message>
        <source>An API entry point; generated as an Ingress with its routes.</source>
        <translation>Ein API-Einstiegspunkt; wird als Ingress mit seinen Routen erzeugt.</translation>
    </message>
    <message>
        <source>Base path</source>
        <translation>Basispfad</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>Load Balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>A Service of type LoadBalancer in front of its backends.</source>
        <translation>Ein Service vom Typ LoadBalancer vor seinen Backends.</translation>
    </message>
    <message>
        <source>0 = the first port of the backend.</source>
        <translation>0 = der erste Port des Backends.</translation>
    </message>
    <message>
        <source>External traffic policy</source>
        <translation>Richtlinie für externen Traffic</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>An nginx, Envoy or HAProxy deployment whose upstreams are its connections.</source>
        <translation>Ein nginx-, Envoy- oder HAProxy-Deployment, dessen Upstreams seine Verbindungen sind.</translation>
    </message>
    <message>
        <source>Extra upstreams</source>
        <translation>Zusätzliche Upstreams</translation>
    </message>
    <message>
        <source>host:port entries besides the connected nodes.</source>
        <translation>host:port-Einträge zusätzlich zu den verbundenen Knoten.</translation>
    </message>
    <message>
        <source>Network Policy</source>
        <translation>NetworkPolicy</translation>
    </message>
    <message>
        <source>Restricts traffic to the workloads it is connected to.</source>
        <translation>Beschränkt den Traffic zu den damit verbundenen Arbeitslasten.</translation>
    </message>
    <message>
        <source>Policy types</source>
        <translation>Richtlinientypen</translation>
    </message>
    <message>
        <source>Allow same namespace</source>
        <translation>Gleichen Namespace erlauben</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Managed by Kubernetes; not generated.</source>
        <translation>Von Kubernetes verwaltet; wird nicht erzeugt.</translation>
    </message>
    <message>
        <source>ConfigMap</source>
        <translation>ConfigMap</translation>
    </message>
    <message>
        <source>Configuration data for workloads (environment or files).</source>
        <translation>Konfigurationsdaten für Arbeitslasten (Umgebungsvariablen oder Dateien).</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Credentials for workloads; generated with placeholder values only.</source>
        <translation>Zugangsdaten für Arbeitslasten; werden nur mit Platzhalterwerten erzeugt.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Key names; values are placeholders to replace at deploy time.</source>
        <translation>Schlüsselnamen; die Werte sind Platzhalter, die bei der Bereitstellung zu ersetzen sind.</translation>
    </message>
    <message>
        <source>Volume Claim</source>
        <translation>Volume-Claim</translation>
    </message>
    <message>
        <source>Storage requested by workloads.</source>
        <translation>Von Arbeitslasten angeforderter Speicherplatz.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>Zugriffsmodus</translation>
    </message>
    <message>
        <source>Storage Class</source>
        <translation>StorageClass</translation>
    </message>
    <message>
        <source>How volumes are provisioned.</source>
        <translation>Wie Volumes bereitgestellt werden.</translation>
    </message>
    <message>
        <source>Provisioner</source>
        <translation>Provisioner</translation>
    </message>
    <message>
        <source>Reclaim policy</source>
        <translation>Reclaim-Richtlinie</translation>
    </message>
    <message>
        <source>Binding mode</source>
        <translation>Bindungsmodus</translation>
    </message>
    <message>
        <source>Allow expansion</source>
        <translation>Erweiterung erlauben</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Persistent Volume</source>
        <translation>Persistent Volume</translation>
    </message>
    <message>
        <source>A piece of pre-provisioned storage.</source>
        <translation>Ein vorab bereitgestellter Speicherbereich.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Host path</source>
        <translation>Host-Pfad</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Part of a pod spec; use a Volume Claim instead.</source>
        <translation>Teil einer Pod-Spezifikation; verwenden Sie stattdessen einen Volume-Claim.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>PostgreSQL, MySQL, MariaDB or MongoDB as a StatefulSet, or an external database.</source>
        <translation>PostgreSQL, MySQL, MariaDB oder MongoDB als StatefulSet oder eine externe Datenbank.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>0 = the engine&apos;s standard port.</source>
        <translation>0 = der Standardport der Engine.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Redis or Memcached.</source>
        <translation>Redis oder Memcached.</translation>
    </message>
    <message>
        <source>Max memory</source>
        <translation>Max. Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Eviction policy</source>
        <translation>Verdrängungsrichtlinie</translation>
    </message>
    <message>
        <source>Persistence</source>
        <translation>Persistenz</translation>
    </message>
    <message>
        <source>Keep data on a volume (StatefulSet + claim).</source>
        <translation>Daten auf einem Volume behalten (StatefulSet + Claim).</translation>
    </message>
    <message>
        <source>Message Queue</source>
        <translation>Message-Queue</translation>
    </message>
    <message>
        <source>RabbitMQ, Kafka or NATS as a StatefulSet.</source>
        <translation>RabbitMQ, Kafka oder NATS als StatefulSet.</translation>
    </message>
    <message>
        <source>Topics / queues</source>
        <translation>Topics / Queues</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Service Account</source>
        <translation>ServiceAccount</translation>
    </message>
    <message>
        <source>An identity for pods.</source>
        <translation>Eine Identität für Pods.</translation>
    </message>
    <message>
        <source>Mount API token</source>
        <translation>API-Token einhängen</translation>
    </message>
    <message>
        <source>API groups</source>
        <translation>API-Gruppen</translation>
    </message>
    <message>
        <source>&quot;&quot; is the core group.</source>
        <translation>&quot;&quot; ist die Core-Gruppe.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Verbs</source>
        <translation>Verben</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Permissions inside one namespace.</source>
        <translation>Berechtigungen innerhalb eines Namespace.</translation>
    </message>
    <message>
        <source>Cluster Role</source>
        <translation>ClusterRole</translation>
    </message>
    <message>
        <source>Permissions across the cluster.</source>
        <translation>Berechtigungen im gesamten Cluster.</translation>
    </message>
    <message>
        <source>Role Binding</source>
        <translation>RoleBinding</translation>
    </message>
    <message>
        <source>Grants a Role to the service accounts it is connected to.</source>
        <translation>Weist den damit verbundenen ServiceAccounts eine Role zu.</translation>
    </message>
    <message>
        <source>Cluster Role Binding</source>
        <translation>ClusterRoleBinding</translation>
    </message>
    <message>
        <source>Grants a Cluster Role to the service accounts it is connected to.</source>
        <translation>Weist den damit verbundenen ServiceAccounts eine ClusterRole zu.</translation>
    </message>
    <message>
        <source>Pod Security Policy</source>
        <translation>PodSecurityPolicy</translation>
    </message>
    <message>
        <source>Removed in Kubernetes 1.25; use Pod Security Admission labels on the namespace.</source>
        <translation>In Kubernetes 1.25 entfernt; verwenden Sie Pod-Security-Admission-Labels am Namespace.</translation>
    </message>
    <message>
        <source>Autoscaler</source>
        <translation>Autoscaler</translation>
    </message>
    <message>
        <source>Scales the connected workload on CPU or memory use.</source>
        <translation>Skaliert die verbundene Arbeitslast nach CPU- oder Arbeitsspeichernutzung.</translation>
    </message>
    <message>
        <source>Min replicas</source>
        <translation>Min. Replikate</translation>
    </message>
    <message>
        <source>Max replicas</source>
        <translation>Max. Replikate</translation>
    </message>
    <message>
        <source>Target CPU %</source>
        <translation>CPU-Zielwert %</translation>
    </message>
    <message>
        <source>0 = do not scale on CPU.</source>
        <translation>0 = nicht nach CPU skalieren.</translation>
    </message>
    <message>
        <source>Target memory %</source>
        <translation>Arbeitsspeicher-Zielwert %</translation>
    </message>
    <message>
        <source>0 = do not scale on memory.</source>
        <translation>0 = nicht nach Arbeitsspeicher skalieren.</translation>
    </message>
    <message>
        <source>Disruption Budget</source>
        <translation>Disruption-Budget</translation>
    </message>
    <message>
        <source>Keeps enough pods of the connected workload running during maintenance.</source>
        <translation>Hält während Wartungsarbeiten genügend Pods der verbundenen Arbeitslast am Laufen.</translation>
    </message>
    <message>
        <source>Min available</source>
        <translation>Min. verfügbar</translation>
    </message>
    <message>
        <source>A number or a percentage.</source>
        <translation>Eine Zahl oder ein Prozentwert.</translation>
    </message>
    <message>
        <source>Max unavailable</source>
        <translation>Max. nicht verfügbar</translation>
    </message>
    <message>
        <source>Used instead of min available when set.</source>
        <translation>Wird, falls gesetzt, anstelle von „Min. verfügbar“ verwendet.</translation>
    </message>
    <message>
        <source>Vertical Autoscaler</source>
        <translation>Vertikaler Autoscaler</translation>
    </message>
    <message>
        <source>Needs the VPA add-on; not generated.</source>
        <translation>Benötigt das VPA-Add-on; wird nicht erzeugt.</translation>
    </message>
    <message>
        <source>Resource Quota</source>
        <translation>ResourceQuota</translation>
    </message>
    <message>
        <source>Caps what a namespace may use.</source>
        <translation>Begrenzt, was ein Namespace nutzen darf.</translation>
    </message>
    <message>
        <source>CPU requests</source>
        <translation>CPU-Anforderungen</translation>
    </message>
    <message>
        <source>Memory requests</source>
        <translation>Arbeitsspeicher-Anforderungen</translation>
    </message>
    <message>
        <source>CPU limits</source>
        <translation>CPU-Limits</translation>
    </message>
    <message>
        <source>Memory limits</source>
        <translation>Arbeitsspeicher-Limits</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Limit Range</source>
        <translation>LimitRange</translation>
    </message>
    <message>
        <source>Default requests and limits for containers in a namespace.</source>
        <translation>Standard-Anforderungen und -Limits für Container in einem Namespace.</translation>
    </message>
    <message>
        <source>Default CPU request</source>
        <translation>Standard-CPU-Anforderung</translation>
    </message>
    <message>
        <source>Default memory request</source>
        <translation>Standard-Arbeitsspeicher-Anforderung</translation>
    </message>
    <message>
        <source>Default CPU limit</source>
        <translation>Standard-CPU-Limit</translation>
    </message>
    <message>
        <source>Default memory limit</source>
        <translation>Standard-Arbeitsspeicher-Limit</translation>
    </message>
    <message>
        <source>Priority Class</source>
        <translation>PriorityClass</translation>
    </message>
    <message>
        <source>Scheduling priority for pods.</source>
        <translation>Scheduling-Priorität für Pods.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Global default</source>
        <translation>Globaler Standard</translation>
    </message>
    <message>
        <source>Preemption</source>
        <translation>Präemption</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>A namespace; nodes placed inside its frame belong to it.</source>
        <translation>Ein Namespace; Knoten innerhalb seines Rahmens gehören zu ihm.</translation>
    </message>
    <message>
        <source>Pod security level</source>
        <translation>Pod-Sicherheitsstufe</translation>
    </message>
    <message>
        <source>Pod Security Admission level enforced in the namespace.</source>
        <translation>Im Namespace durchgesetzte Pod-Security-Admission-Stufe.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>A Prometheus that scrapes the nodes it is connected to.</source>
        <translation>Ein Prometheus, der Metriken der damit verbundenen Knoten abruft.</translation>
    </message>
    <message>
        <source>Scrape interval</source>
        <translation>Scrape-Intervall</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrungsdauer</translation>
    </message>
    <message>
        <source>Cluster Node</source>
        <translation>Cluster-Knoten</translation>
    </message>
    <message>
        <source>A machine of the cluster; registered by the kubelet, not generated.</source>
        <translation>Eine Maschine des Clusters; wird vom Kubelet registriert, nicht erzeugt.</translation>
    </message>
    <message>
        <source>Custom Resource</source>
        <translation>Custom Resource</translation>
    </message>
    <message>
        <source>Custom resource definitions are not generated by the local engine.</source>
        <translation>Custom Resource Definitions werden von der lokalen Engine nicht erzeugt.</translation>
    </message>
    <message>
        <source>External Service</source>
        <translation>Externer Service</translation>
    </message>
    <message>
        <source>Something outside the cluster, reached by DNS name (a Service of type ExternalName).</source>
        <translation>Etwas außerhalb des Clusters, erreichbar über einen DNS-Namen (ein Service vom Typ ExternalName).</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Config Note</source>
        <translation>Konfigurationsnotiz</translation>
    </message>
    <message>
        <source>A note on the canvas; not generated.</source>
        <translation>Eine Notiz auf der Zeichenfläche; wird nicht erzeugt.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>A command to run by hand; not generated.</source>
        <translation>Ein Befehl zur manuellen Ausführung; wird nicht erzeugt.</translation>
    </message>
    <message>
        <source>Debugging</source>
        <translation>Debugging</translation>
    </message>
    <message>
        <source>A debugging aid; not generated.</source>
        <translation>Eine Debugging-Hilfe; wird nicht erzeugt.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>an Ingress rule backend</source>
        <translation>ein Backend einer Ingress-Regel</translation>
    </message>
    <message>
        <source>a backend of the load balancer or proxy</source>
        <translation>ein Backend des Load Balancers oder Proxys</translation>
    </message>
    <message>
        <source>the Service selects the workload&apos;s pods</source>
        <translation>der Service wählt die Pods der Arbeitslast aus</translation>
    </message>
    <message>
        <source>a scrape target</source>
        <translation>ein Scrape-Ziel</translation>
    </message>
    <message>
        <source>envFrom, or a volume when the edge has a mount path</source>
        <translation>envFrom oder ein Volume, wenn die Verbindung einen Mount-Pfad hat</translation>
    </message>
    <message>
        <source>a volume and volume mount</source>
        <translation>ein Volume und ein Volume-Mount</translation>
    </message>
    <message>
        <source>serviceAccountName</source>
        <translation>serviceAccountName</translation>
    </message>
    <message>
        <source>environment variables with the target&apos;s host and port</source>
        <translation>Umgebungsvariablen mit Host und Port des Ziels</translation>
    </message>
    <message>
        <source>envFrom</source>
        <translation>envFrom</translation>
    </message>
    <message>
        <source>the scaled or protected workload</source>
        <translation>die skalierte oder geschützte Arbeitslast</translation>
    </message>
    <message>
        <source>roleRef or a subject</source>
        <translation>roleRef oder ein Subject</translation>
    </message>
    <message>
        <source>storageClassName or volumeName</source>
        <translation>storageClassName oder volumeName</translation>
    </message>
    <message>
        <source>the pods the policy selects</source>
        <translation>die von der Richtlinie ausgewählten Pods</translation>
    </message>
    <message>
        <source>the namespace the policy applies to</source>
        <translation>der Namespace, für den die Richtlinie gilt</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Arbeitslasten</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Config &amp; Storage</source>
        <translation>Konfiguration &amp; Speicher</translation>
    </message>
    <message>
        <source>Data Services</source>
        <translation>Datendienste</translation>
    </message>
    <message>
        <source>Access Control</source>
        <translation>Zugriffskontrolle</translation>
    </message>
    <message>
        <source>Policy &amp; Scaling</source>
        <translation>Richtlinien &amp; Skalierung</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>External &amp; Notes</source>
        <translation>Extern &amp; Notizen</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>%1 must be one of: %2 (got &quot;%3&quot;)</source>
        <translation>%1 muss einer der folgenden Werte sein: %2 (erhalten: „%3“)</translation>
    </message>
    <message>
        <source>%1 must be a whole number (got &quot;%2&quot;)</source>
        <translation>%1 muss eine ganze Zahl sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4)</source>
        <translation>%1 muss zwischen %2 und %3 liegen (erhalten: %4)</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 must be a list of text values</source>
        <translation>%1 muss eine Liste von Textwerten sein</translation>
    </message>
    <message>
        <source>%1 must be a list of whole numbers</source>
        <translation>%1 muss eine Liste ganzer Zahlen sein</translation>
    </message>
    <message>
        <source>%1 must hold numbers between %2 and %3 (got %4)</source>
        <translation>%1 darf nur Zahlen zwischen %2 und %3 enthalten (erhalten: %4)</translation>
    </message>
    <message>
        <source>%1 must map names to text values</source>
        <translation>%1 muss Namen auf Textwerte abbilden</translation>
    </message>
</context>
<context>
    <name>kg::ProblemsPane</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>(generation)</source>
        <translation>(Generierung)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kg::RecoveryStore</name>
    <message>
        <source>Invalid recovery id &quot;%1&quot;.</source>
        <translation>Ungültige Wiederherstellungs-ID „%1“.</translation>
    </message>
    <message>
        <source>Cannot create the recovery folder.</source>
        <translation>Der Wiederherstellungsordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>kg::RemoteBackend</name>
    <message>
        <source>identifying</source>
        <translation>Identifizierung</translation>
    </message>
    <message>
        <source>Generation needs a team and a company; the signed-in user %1 has none</source>
        <translation>Die Generierung benötigt ein Team und ein Unternehmen; der angemeldete Benutzer %1 hat keines</translation>
    </message>
    <message>
        <source>submitting</source>
        <translation>Übermittlung</translation>
    </message>
    <message>
        <source>The server failed with project %1 (it may no longer exist); reload the projects or generate as a new project. %2</source>
        <translation>Der Server meldet einen Fehler mit Projekt %1 (es existiert möglicherweise nicht mehr); laden Sie die Projekte neu oder erzeugen Sie als neues Projekt. %2</translation>
    </message>
    <message>
        <source>looking for the submitted job</source>
        <translation>Suche nach dem übermittelten Job</translation>
    </message>
    <message>
        <source>The outcome of the generation request is unknown (%1); check the job list before generating again</source>
        <translation>Das Ergebnis der Generierungsanfrage ist unbekannt (%1); prüfen Sie die Job-Liste, bevor Sie erneut erzeugen</translation>
    </message>
    <message>
        <source>Cancelling was requested but the server did not confirm it: %1</source>
        <translation>Abbrechen wurde angefordert, aber der Server hat es nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>The job failed at step %1: %2</source>
        <translation>Der Job ist bei Schritt %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Generated on the server as job %1</source>
        <translation>Auf dem Server als Job %1 erzeugt</translation>
    </message>
    <message>
        <source>Duplicate file renamed: %1</source>
        <translation>Doppelte Datei umbenannt: %1</translation>
    </message>
    <message>
        <source>Unsafe path, not exported: %1</source>
        <translation>Unsicherer Pfad, nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Checksum mismatch: %1</source>
        <translation>Prüfsumme stimmt nicht überein: %1</translation>
    </message>
    <message>
        <source>Artifact too large: %1</source>
        <translation>Artefakt zu groß: %1</translation>
    </message>
    <message>
        <source>Not downloaded, not exported: %1</source>
        <translation>Nicht heruntergeladen, nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Download failed, not exported: %1</source>
        <translation>Herunterladen fehlgeschlagen, nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Stored on the server, not downloaded: %1 (%2)</source>
        <translation>Auf dem Server gespeichert, nicht heruntergeladen: %1 (%2)</translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation>Lesen des Projekts</translation>
    </message>
    <message>
        <source>The generation was cancelled before it was sent</source>
        <translation>Die Generierung wurde abgebrochen, bevor sie gesendet wurde</translation>
    </message>
    <message>
        <source>Cannot generate into server project %1: %2. Reload the projects, or generate as a new project.</source>
        <translation>In das Serverprojekt %1 kann nicht erzeugt werden: %2. Laden Sie die Projekte neu oder erzeugen Sie als neues Projekt.</translation>
    </message>
</context>
<context>
    <name>kg::RemoveElementsCommand</name>
    <message>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete Connections</source>
        <translation>Verbindungen löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Nodes</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kg::RenameNodeCommand</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>kg::ReparentNodesCommand</name>
    <message>
        <source>Move Out of Namespace</source>
        <translation>Aus dem Namespace verschieben</translation>
    </message>
    <message>
        <source>Move into %1</source>
        <translation>In %1 verschieben</translation>
    </message>
</context>
<context>
    <name>kg::ReportFormat</name>
    <message>
        <source># Generation report: %1</source>
        <translation># Generierungsbericht: %1</translation>
    </message>
    <message>
        <source>(unnamed graph)</source>
        <translation>(unbenannter Graph)</translation>
    </message>
    <message>
        <source>Generated by the %1 engine in the `%2` layout: %3 objects, %4 warnings.</source>
        <translation>Erzeugt von der Engine %1 im Format `%2`: %3 Objekte, %4 Warnungen.</translation>
    </message>
    <message>
        <source>Secret values are placeholders; replace them before deploying.</source>
        <translation>Secret-Werte sind Platzhalter; ersetzen Sie sie vor der Bereitstellung.</translation>
    </message>
    <message>
        <source>Generated objects</source>
        <translation>Erzeugte Objekte</translation>
    </message>
    <message>
        <source>Nothing was generated.</source>
        <translation>Es wurde nichts erzeugt.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>(cluster)</source>
        <translation>(Cluster)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>Defaults applied</source>
        <translation>Angewandte Standardwerte</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>kg::SearchBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Text suchen</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Keine Ergebnisse</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>kg::SetNodeGeometryCommand</name>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
</context>
<context>
    <name>kg::ZipArchiveWriter</name>
    <message>
        <source>refusing to write the archive through a symbolic link</source>
        <translation>Schreiben des Archivs über einen symbolischen Link wird verweigert</translation>
    </message>
    <message>
        <source>a folder is in the way of the archive</source>
        <translation>ein Ordner steht dem Archiv im Weg</translation>
    </message>
    <message>
        <source>the archive exists; choose to overwrite or keep both</source>
        <translation>das Archiv existiert; wählen Sie Überschreiben oder Beide behalten</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>temporäre Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot create the archive (zip error %1)</source>
        <translation>das Archiv kann nicht angelegt werden (Zip-Fehler %1)</translation>
    </message>
    <message>
        <source>path escapes the export folder</source>
        <translation>Pfad führt aus dem Exportordner heraus</translation>
    </message>
    <message>
        <source>cannot add to the archive (zip error %1); nothing was exported</source>
        <translation>zum Archiv kann nichts hinzugefügt werden (Zip-Fehler %1); es wurde nichts exportiert</translation>
    </message>
    <message>
        <source>cannot write (zip error %1); nothing was exported</source>
        <translation>Schreiben nicht möglich (Zip-Fehler %1); es wurde nichts exportiert</translation>
    </message>
    <message>
        <source>cannot finish the archive (zip error %1); nothing was exported</source>
        <translation>das Archiv kann nicht abgeschlossen werden (Zip-Fehler %1); es wurde nichts exportiert</translation>
    </message>
    <message>
        <source>the archive could not be written completely; nothing was exported</source>
        <translation>das Archiv konnte nicht vollständig geschrieben werden; es wurde nichts exportiert</translation>
    </message>
    <message>
        <source>cannot move the archive into place</source>
        <translation>das Archiv kann nicht an seinen Zielort verschoben werden</translation>
    </message>
</context>
<context>
    <name>kg::cli::GenerateCommand</name>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Generate Kubernetes manifests from a graph (local engine or a Kubegram server).</source>
        <translation>Kubernetes-Manifeste aus einem Graphen erzeugen (lokale Engine oder Kubegram-Server).</translation>
    </message>
    <message>
        <source>Generates Kubernetes manifests from a graph and writes them with REPORT.md and report.json into the output folder. The built-in local engine is used unless --server is given. The graph is validated first; nothing is written when anything fails. Every run is recorded in the local job cache (see &apos;jobs&apos;).</source>
        <translation>Erzeugt Kubernetes-Manifeste aus einem Graphen und schreibt sie mit REPORT.md und report.json in den Ausgabeordner. Die eingebaute lokale Engine wird verwendet, sofern nicht --server angegeben ist. Der Graph wird zuerst geprüft; schlägt etwas fehl, wird nichts geschrieben. Jeder Lauf wird im lokalen Job-Cache aufgezeichnet (siehe „jobs“).</translation>
    </message>
    <message>
        <source>The graph: .kgraph, Kubegram Graph JSON or request body, or .canvas.</source>
        <translation>Der Graph: .kgraph, Kubegram-Graph-JSON oder Anfrage-Body, oder .canvas.</translation>
    </message>
    <message>
        <source>Write into folder &lt;dir&gt; (created if missing).</source>
        <translation>In den Ordner &lt;dir&gt; schreiben (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Output layout of the local engine: files (default), single, kustomize or helm.</source>
        <translation>Ausgabeformat der lokalen Engine: files (Standard), single, kustomize oder helm.</translation>
    </message>
    <message>
        <source>Also generate NetworkPolicies allowing exactly the drawn traffic flows.</source>
        <translation>Zusätzlich NetworkPolicies erzeugen, die genau die gezeichneten Datenflüsse erlauben.</translation>
    </message>
    <message>
        <source>Write into a non-empty folder: files of the same name are replaced, other files are kept.</source>
        <translation>In einen nicht leeren Ordner schreiben: gleichnamige Dateien werden ersetzt, andere Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Generate on the Kubegram server at &lt;url&gt; instead of locally.</source>
        <translation>Auf dem Kubegram-Server unter &lt;url&gt; statt lokal erzeugen.</translation>
    </message>
    <message>
        <source>Access token for --server (better: the KUBEGRAM_TOKEN environment variable, which stays out of the process list).</source>
        <translation>Zugriffstoken für --server (besser: die Umgebungsvariable KUBEGRAM_TOKEN, die nicht in der Prozessliste erscheint).</translation>
    </message>
    <message>
        <source>Session id for --server (or KUBEGRAM_SESSION).</source>
        <translation>Sitzungs-ID für --server (oder KUBEGRAM_SESSION).</translation>
    </message>
    <message>
        <source>Team id for --server; default: the signed-in user&apos;s team.</source>
        <translation>Team-ID für --server; Standard: das Team des angemeldeten Benutzers.</translation>
    </message>
    <message>
        <source>Existing server project id to generate into.</source>
        <translation>ID eines vorhandenen Serverprojekts, in das erzeugt werden soll.</translation>
    </message>
    <message>
        <source>LLM provider preference for --server: CLAUDE, OPENAI, GOOGLE, DEEPSEEK or GEMMA.</source>
        <translation>Bevorzugter LLM-Anbieter für --server: CLAUDE, OPENAI, GOOGLE, DEEPSEEK oder GEMMA.</translation>
    </message>
    <message>
        <source>LLM model preference for --server.</source>
        <translation>Bevorzugtes LLM-Modell für --server.</translation>
    </message>
    <message>
        <source>Do not record the run in the local job cache.</source>
        <translation>Den Lauf nicht im lokalen Job-Cache aufzeichnen.</translation>
    </message>
    <message>
        <source>Generate even when the graph has errors: invalid values fall back to their defaults, as the report says.</source>
        <translation>Auch erzeugen, wenn der Graph Fehler hat: ungültige Werte fallen auf ihre Standardwerte zurück, wie im Bericht angegeben.</translation>
    </message>
    <message>
        <source>Missing the output folder (-o DIR).</source>
        <translation>Der Ausgabeordner fehlt (-o DIR).</translation>
    </message>
    <message>
        <source>Unknown layout &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Anbieter „%1“; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>--%1 needs --server.</source>
        <translation>--%1 benötigt --server.</translation>
    </message>
    <message>
        <source>Give either --token or --session, not both.</source>
        <translation>Geben Sie entweder --token oder --session an, nicht beides.</translation>
    </message>
    <message>
        <source>%1: the folder is not empty; use --force to write into it</source>
        <translation>%1: der Ordner ist nicht leer; verwenden Sie --force, um hineinzuschreiben</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the graph; nothing was generated.</source>
        <translation>
            <numerusform>%n Fehler im Graphen; es wurde nichts erzeugt.</numerusform>
            <numerusform>%n Fehler im Graphen; es wurde nichts erzeugt.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>warning: not written: %1</source>
        <translation>Warnung: nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n file(s) on %1</source>
        <translation>
            <numerusform>%n Datei auf %1 erzeugt</numerusform>
            <numerusform>%n Dateien auf %1 erzeugt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generated %n object(s)</source>
        <translation>
            <numerusform>%n Objekt erzeugt</numerusform>
            <numerusform>%n Objekte erzeugt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 into %2 (%3 layout): %4 file(s) written, %5 warning(s).</source>
        <translation>%1 nach %2 (Format %3): %4 Datei(en) geschrieben, %5 Warnung(en).</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Job %1.</source>
        <translation>Job %1.</translation>
    </message>
    <message>
        <source>Trust the --server certificate with this SHA-256 fingerprint although the system does not (a self-signed server; the refusal shows the fingerprint).</source>
        <translation>Dem Zertifikat von --server mit diesem SHA-256-Fingerabdruck vertrauen, obwohl das System es nicht tut (ein selbst signierter Server; die Ablehnung zeigt den Fingerabdruck).</translation>
    </message>
    <message>
        <source>--trust-certificate takes a SHA-256 fingerprint: 64 hex digits, with or without colons.</source>
        <translation>--trust-certificate erwartet einen SHA-256-Fingerabdruck: 64 Hexadezimalziffern, mit oder ohne Doppelpunkte.</translation>
    </message>
    <message>
        <source>warning: the job cache did not save a detail of this run: %1</source>
        <translation>Warnung: der Job-Cache hat ein Detail dieses Laufs nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Update an earlier export of the same graph in the output folder: its files are replaced, and those it wrote that are no longer generated are removed (only when unchanged since). Nothing else in the folder is touched.</source>
        <translation>Einen früheren Export desselben Graphen im Ausgabeordner aktualisieren: seine Dateien werden ersetzt, und die von ihm geschriebenen Dateien, die nicht mehr erzeugt werden, werden entfernt (nur wenn sie seitdem unverändert sind). Alles andere im Ordner bleibt unberührt.</translation>
    </message>
    <message>
        <source>Give either --force or --prune, not both.</source>
        <translation>Geben Sie entweder --force oder --prune an, nicht beides.</translation>
    </message>
    <message>
        <source>removed (no longer generated): %1</source>
        <translation>entfernt (nicht mehr erzeugt): %1</translation>
    </message>
    <message>
        <source>warning: no longer generated, kept: %1</source>
        <translation>Warnung: nicht mehr erzeugt, behalten: %1</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <source>warning: the credential travels unencrypted over http to %1</source>
        <translation>Warnung: die Zugangsdaten werden unverschlüsselt über http an %1 übertragen</translation>
    </message>
    <message>
        <source>gave up waiting for the server</source>
        <translation>Warten auf den Server aufgegeben</translation>
    </message>
    <message>
        <source>%1
The certificate&apos;s SHA-256 fingerprint is %2. If your server&apos;s administrator confirms it, run again with --trust-certificate %2</source>
        <translation>%1
Der SHA-256-Fingerabdruck des Zertifikats ist %2. Wenn die Administration Ihres Servers ihn bestätigt, führen Sie den Befehl erneut mit --trust-certificate %2 aus</translation>
    </message>
    <message>
        <source>signed in as %1 (team %2)</source>
        <translation>angemeldet als %1 (Team %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>this account has no team or company; generation is disabled</source>
        <translation>dieses Konto hat kein Team oder Unternehmen; die Generierung ist deaktiviert</translation>
    </message>
    <message>
        <source>not a server address: %1</source>
        <translation>keine Serveradresse: %1</translation>
    </message>
    <message>
        <source>no credential: pass --token or --session, or set KUBEGRAM_TOKEN or KUBEGRAM_SESSION</source>
        <translation>keine Zugangsdaten: übergeben Sie --token oder --session oder setzen Sie KUBEGRAM_TOKEN oder KUBEGRAM_SESSION</translation>
    </message>
    <message>
        <source>warning: a token on the command line is visible to other users of this machine; prefer KUBEGRAM_TOKEN</source>
        <translation>Warnung: ein Token auf der Befehlszeile ist für andere Benutzer dieses Rechners sichtbar; verwenden Sie besser KUBEGRAM_TOKEN</translation>
    </message>
    <message>
        <source>job %1 (project %2)</source>
        <translation>Job %1 (Projekt %2)</translation>
    </message>
</context>
<context>
    <name>kg::cli::ImportCommand</name>
    <message>
        <source>Turn Kubernetes manifests into a graph document.</source>
        <translation>Kubernetes-Manifeste in ein Graph-Dokument umwandeln.</translation>
    </message>
    <message>
        <source>The graph file to write (.kgraph).</source>
        <translation>Die zu schreibende Graph-Datei (.kgraph).</translation>
    </message>
    <message>
        <source>Overwrite an existing file.</source>
        <translation>Eine vorhandene Datei überschreiben.</translation>
    </message>
    <message>
        <source>Missing -o GRAPH.kgraph.</source>
        <translation>-o GRAPH.kgraph fehlt.</translation>
    </message>
    <message>
        <source>%1 exists; use --force to overwrite it.</source>
        <translation>%1 existiert; verwenden Sie --force, um die Datei zu überschreiben.</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>no Kubernetes objects found in the given manifests.</source>
        <translation>in den angegebenen Manifesten wurden keine Kubernetes-Objekte gefunden.</translation>
    </message>
    <message>
        <source>Imported %1 objects from %2 files into %3 (%4 nodes, %5 edges, %6 warnings).</source>
        <translation>%1 Objekte aus %2 Dateien nach %3 importiert (%4 Knoten, %5 Verbindungen, %6 Warnungen).</translation>
    </message>
    <message>
        <source>Reads Kubernetes YAML or JSON manifests (files, or folders searched recursively), kustomize roots (rendered with kustomize or kubectl) and Helm charts (rendered with helm template), and writes a laid-out graph whose nodes keep their objects whole.</source>
        <translation>Liest Kubernetes-Manifeste in YAML oder JSON (Dateien oder rekursiv durchsuchte Ordner), Kustomize-Roots (gerendert mit kustomize oder kubectl) und Helm-Charts (gerendert mit helm template) und schreibt einen angeordneten Graphen, dessen Knoten ihre Objekte vollständig behalten.</translation>
    </message>
    <message>
        <source>Manifest files or folders, a kustomize root or a chart (folder or .tgz).</source>
        <translation>Manifestdateien oder -ordner, ein Kustomize-Root oder ein Chart (Ordner oder .tgz).</translation>
    </message>
    <message>
        <source>Chart: a values file (repeatable).</source>
        <translation>Chart: eine Values-Datei (wiederholbar).</translation>
    </message>
    <message>
        <source>Chart: a value (repeatable).</source>
        <translation>Chart: ein Wert (wiederholbar).</translation>
    </message>
    <message>
        <source>Chart: the release name (default: the chart&apos;s name).</source>
        <translation>Chart: der Release-Name (Standard: der Name des Charts).</translation>
    </message>
    <message>
        <source>Chart: the namespace to render for.</source>
        <translation>Chart: der Namespace, für den gerendert wird.</translation>
    </message>
    <message>
        <source>--values, --set, --release and --namespace need exactly one chart (a folder with Chart.yaml, or a .tgz).</source>
        <translation>--values, --set, --release und --namespace benötigen genau ein Chart (einen Ordner mit Chart.yaml oder eine .tgz-Datei).</translation>
    </message>
</context>
<context>
    <name>kg::cli::JobsCommand</name>
    <message>
        <source>List, show and export the generation jobs in the local cache.</source>
        <translation>Die Generierungs-Jobs im lokalen Cache auflisten, anzeigen und exportieren.</translation>
    </message>
    <message>
        <source>Usage: %1 jobs list [--project P] [--status S]
       %1 jobs show JOB
       %1 jobs export JOB -o DIR [--overwrite]

%2

The cache is the one the application uses; set KUBEGRAM_DESKTOP_DB to use another file.
</source>
        <translation>Aufruf: %1 jobs list [--project P] [--status S]
        %1 jobs show JOB
        %1 jobs export JOB -o DIR [--overwrite]

%2

Der Cache ist derjenige, den die Anwendung verwendet; setzen Sie KUBEGRAM_DESKTOP_DB, um eine andere Datei zu verwenden.
</translation>
    </message>
    <message>
        <source>Missing subcommand.</source>
        <translation>Unterbefehl fehlt.</translation>
    </message>
    <message>
        <source>Unknown subcommand: %1</source>
        <translation>Unbekannter Unterbefehl: %1</translation>
    </message>
    <message>
        <source>One line per job, newest first: id, project, backend, status, started, duration and file count, separated by tabs.</source>
        <translation>Eine Zeile pro Job, neueste zuerst: ID, Projekt, Backend, Status, Start, Dauer und Dateianzahl, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>Only jobs of project P (name or id).</source>
        <translation>Nur Jobs des Projekts P (Name oder ID).</translation>
    </message>
    <message>
        <source>Only jobs with status S (%1).</source>
        <translation>Nur Jobs mit dem Status S (%1).</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use one of: %2.</source>
        <translation>Unbekannter Status „%1“; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>No project &apos;%1&apos; in the local cache.</source>
        <translation>Kein Projekt „%1“ im lokalen Cache.</translation>
    </message>
    <message>
        <source>Several projects are called &apos;%1&apos;; give the id of one of them.</source>
        <translation>Mehrere Projekte heißen „%1“; geben Sie die ID eines davon an.</translation>
    </message>
    <message>
        <source>Details of one job: its request, outcome, report and artifacts.</source>
        <translation>Details eines Jobs: Anfrage, Ergebnis, Bericht und Artefakte.</translation>
    </message>
    <message>
        <source>The job id, as `jobs list` prints it.</source>
        <translation>Die Job-ID, wie `jobs list` sie ausgibt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job id.</source>
        <translation>„%1“ ist keine Job-ID.</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Job:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>Backend:</translation>
    </message>
    <message>
        <source>Server job:</source>
        <translation>Server-Job:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>layout %1</source>
        <translation>Format %1</translation>
    </message>
    <message>
        <source>graph revision %1, </source>
        <translation>Graph-Revision %1, </translation>
    </message>
    <message>
        <source>, network policies</source>
        <translation>, NetworkPolicies</translation>
    </message>
    <message>
        <source>, model %1 %2</source>
        <translation>, Modell %1 %2</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Exportiert:</translation>
    </message>
    <message numerus="yes">
        <source>Report (%n item(s)):</source>
        <translation>
            <numerusform>Bericht (%n Eintrag):</numerusform>
            <numerusform>Bericht (%n Einträge):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Artifacts (%n file(s)):</source>
        <translation>
            <numerusform>Artefakte (%n Datei):</numerusform>
            <numerusform>Artefakte (%n Dateien):</numerusform>
        </translation>
    </message>
    <message>
        <source>(unsafe: %1)</source>
        <translation>(unsicher: %1)</translation>
    </message>
    <message>
        <source>Writes the artifacts of a job to a folder.</source>
        <translation>Schreibt die Artefakte eines Jobs in einen Ordner.</translation>
    </message>
    <message>
        <source>The folder to write to (created if missing).</source>
        <translation>Der Zielordner (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Replace files that already exist in DIR.</source>
        <translation>Dateien ersetzen, die in DIR bereits existieren.</translation>
    </message>
    <message>
        <source>Missing -o DIR.</source>
        <translation>-o DIR fehlt.</translation>
    </message>
    <message>
        <source>Job %1 has no artifacts to export (status: %2).</source>
        <translation>Job %1 hat keine Artefakte zum Exportieren (Status: %2).</translation>
    </message>
    <message>
        <source>renamed: %1</source>
        <translation>umbenannt: %1</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kg::cli::ValidateCommand</name>
    <message>
        <source>Check graphs or generated manifests.</source>
        <translation>Graphen oder erzeugte Manifeste prüfen.</translation>
    </message>
    <message>
        <source>Checks graphs (.kgraph, .canvas, server graph .json) before generation, or Kubernetes manifests (files or folders) after. Prints file:line:col: error|warning: message [node] per finding; exits 1 when there is any error.</source>
        <translation>Prüft Graphen (.kgraph, .canvas, Server-Graph .json) vor der Generierung oder Kubernetes-Manifeste (Dateien oder Ordner) danach. Gibt pro Befund file:line:col: error|warning: message [node] aus; endet mit 1, wenn es einen Fehler gibt.</translation>
    </message>
    <message>
        <source>Graph files, manifest files or folders.</source>
        <translation>Graph-Dateien, Manifestdateien oder Ordner.</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 Fehler, %2 Warnungen</translation>
    </message>
</context>
<context>
    <name>kg::io::ComposeImporter</name>
    <message>
        <source>${%1} is not set in the project&apos;s .env; left empty</source>
        <translation>${%1} ist in der .env des Projekts nicht gesetzt; bleibt leer</translation>
    </message>
    <message>
        <source>env_file %1 is not a file; skipped</source>
        <translation>env_file %1 ist keine Datei; übersprungen</translation>
    </message>
    <message>
        <source>env_file %1 cannot be read: %2</source>
        <translation>env_file %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>port range %1 is not mapped; list the ports one by one</source>
        <translation>Portbereich %1 wird nicht zugeordnet; führen Sie die Ports einzeln auf</translation>
    </message>
    <message>
        <source>port %1 is not understood</source>
        <translation>Port %1 wird nicht verstanden</translation>
    </message>
    <message>
        <source>pods use the cluster network</source>
        <translation>Pods verwenden das Cluster-Netzwerk</translation>
    </message>
    <message>
        <source>pods share the cluster network; restrict traffic with NetworkPolicies</source>
        <translation>Pods teilen sich das Cluster-Netzwerk; schränken Sie den Traffic mit NetworkPolicies ein</translation>
    </message>
    <message>
        <source>a privileged container must be allowed explicitly; add a securityContext in the generated YAML if it is really needed</source>
        <translation>ein privilegierter Container muss ausdrücklich erlaubt werden; fügen Sie im erzeugten YAML einen securityContext hinzu, wenn er wirklich nötig ist</translation>
    </message>
    <message>
        <source>capabilities belong in the container&apos;s securityContext</source>
        <translation>Capabilities gehören in den securityContext des Containers</translation>
    </message>
    <message>
        <source>host devices are not available to pods this way</source>
        <translation>Host-Geräte stehen Pods auf diese Weise nicht zur Verfügung</translation>
    </message>
    <message>
        <source>host PID namespaces need hostPID, which is not generated</source>
        <translation>Host-PID-Namespaces benötigen hostPID, das nicht erzeugt wird</translation>
    </message>
    <message>
        <source>host IPC namespaces need hostIPC, which is not generated</source>
        <translation>Host-IPC-Namespaces benötigen hostIPC, das nicht erzeugt wird</translation>
    </message>
    <message>
        <source>use hostAliases in the generated YAML</source>
        <translation>verwenden Sie hostAliases im erzeugten YAML</translation>
    </message>
    <message>
        <source>pods use the cluster DNS</source>
        <translation>Pods verwenden das Cluster-DNS</translation>
    </message>
    <message>
        <source>every service is imported</source>
        <translation>jeder Dienst wird importiert</translation>
    </message>
    <message>
        <source>the engine runs containers as a non-root user</source>
        <translation>die Engine führt Container als Nicht-Root-Benutzer aus</translation>
    </message>
    <message>
        <source>Kubernetes restarts failed containers itself</source>
        <translation>Kubernetes startet fehlgeschlagene Container selbst neu</translation>
    </message>
    <message>
        <source>object names come from the service name</source>
        <translation>Objektnamen werden aus dem Dienstnamen abgeleitet</translation>
    </message>
    <message>
        <source>service %1: %2 is not mapped (%3)</source>
        <translation>Dienst %1: %2 wird nicht zugeordnet (%3)</translation>
    </message>
    <message>
        <source>no Kubernetes counterpart</source>
        <translation>keine Entsprechung in Kubernetes</translation>
    </message>
    <message>
        <source>service %1 has no image (it is only built): build and push the image, then set it on the node</source>
        <translation>Dienst %1 hat kein Image (es wird nur gebaut): bauen und pushen Sie das Image und setzen Sie es dann am Knoten</translation>
    </message>
    <message>
        <source>service %1: build is not mapped; the image %2 is used</source>
        <translation>Dienst %1: build wird nicht zugeordnet; das Image %2 wird verwendet</translation>
    </message>
    <message>
        <source>service %1: %2 takes its value from the shell; it is not set in the project&apos;s .env and is left empty</source>
        <translation>Dienst %1: %2 übernimmt seinen Wert aus der Shell; er ist in der .env des Projekts nicht gesetzt und bleibt leer</translation>
    </message>
    <message>
        <source>service %1: %2 moved to the Secret %3 (values are not kept: set them at deploy time)</source>
        <translation>Dienst %1: %2 in das Secret %3 verschoben (Werte werden nicht übernommen: setzen Sie sie bei der Bereitstellung)</translation>
    </message>
    <message>
        <source>service %1: its Service exposes port %2 only; the other ports stay container ports of the workload</source>
        <translation>Dienst %1: sein Service stellt nur Port %2 bereit; die übrigen Ports bleiben Container-Ports der Arbeitslast</translation>
    </message>
    <message>
        <source>service %1: the healthcheck &quot;%2&quot; is not an HTTP check; the engine&apos;s TCP probes are used instead</source>
        <translation>Dienst %1: der healthcheck „%2“ ist keine HTTP-Prüfung; stattdessen werden die TCP-Probes der Engine verwendet</translation>
    </message>
    <message>
        <source>service %1: deploy.%2 is not mapped</source>
        <translation>Dienst %1: deploy.%2 wird nicht zugeordnet</translation>
    </message>
    <message>
        <source>service %1: tmpfs %2 is not mapped (an emptyDir volume)</source>
        <translation>Dienst %1: tmpfs %2 wird nicht zugeordnet (ein emptyDir-Volume)</translation>
    </message>
    <message>
        <source>service %1: %2 is not mapped: %3</source>
        <translation>Dienst %1: %2 wird nicht zugeordnet: %3</translation>
    </message>
    <message>
        <source>an anonymous volume (give it a name)</source>
        <translation>ein anonymes Volume (geben Sie ihm einen Namen)</translation>
    </message>
    <message>
        <source>host folders are not available to pods; use a ConfigMap for files or a named volume for data</source>
        <translation>Host-Ordner stehen Pods nicht zur Verfügung; verwenden Sie eine ConfigMap für Dateien oder ein benanntes Volume für Daten</translation>
    </message>
    <message>
        <source>service %1: the named volume %2 becomes its volume claim template of 1Gi; set the size the data needs</source>
        <translation>Dienst %1: das benannte Volume %2 wird zu seiner Volume-Claim-Vorlage mit 1Gi; legen Sie die Größe fest, die die Daten benötigen</translation>
    </message>
    <message>
        <source>service %1 uses %2 %3, which the file does not define</source>
        <translation>Dienst %1 verwendet %2 %3; die Datei enthält keine Definition dafür</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>a Compose file is a map with services</source>
        <translation>eine Compose-Datei ist ein Mapping mit Diensten</translation>
    </message>
    <message>
        <source>unknown top-level key &quot;%1&quot; (the Compose Specification has: version, name, services, networks, volumes, configs, secrets, include and x-*)</source>
        <translation>unbekannter Schlüssel „%1“ auf oberster Ebene (die Compose Specification kennt: version, name, services, networks, volumes, configs, secrets, include und x-*)</translation>
    </message>
    <message>
        <source>the Compose file has no services</source>
        <translation>die Compose-Datei hat keine Dienste</translation>
    </message>
    <message>
        <source>include is not followed: import the included files on their own</source>
        <translation>include wird nicht verfolgt: importieren Sie die eingebundenen Dateien einzeln</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>config %1: %2</source>
        <translation>Config %1: %2</translation>
    </message>
    <message>
        <source>config %1 is external: its content is not in the project</source>
        <translation>Config %1 ist extern: der Inhalt liegt nicht im Projekt</translation>
    </message>
    <message>
        <source>service %1 is not a map; skipped</source>
        <translation>Dienst %1 ist kein Mapping; übersprungen</translation>
    </message>
    <message>
        <source>%1 depends on %2, which the file does not define</source>
        <translation>%1 hängt von %2 ab, der in der Datei nicht definiert ist</translation>
    </message>
    <message>
        <source>the Compose file is empty</source>
        <translation>die Compose-Datei ist leer</translation>
    </message>
</context>
<context>
    <name>kg::io::GraphFileReader</name>
    <message>
        <source>not a graph: the JSON is neither a .kgraph document, a Kubegram server graph nor a JSON Canvas</source>
        <translation>kein Graph: das JSON ist weder ein .kgraph-Dokument noch ein Kubegram-Server-Graph noch ein JSON Canvas</translation>
    </message>
    <message>
        <source>unsupported graph file: expected .kgraph, .canvas or a Kubegram server graph (.json); Kubernetes YAML is imported with &apos;import&apos;</source>
        <translation>nicht unterstützte Graph-Datei: erwartet wird .kgraph, .canvas oder ein Kubegram-Server-Graph (.json); Kubernetes-YAML wird mit „import“ importiert</translation>
    </message>
</context>
<context>
    <name>kg::io::JsonCanvasFormat</name>
    <message>
        <source>not a JSON Canvas: the top level is not an object</source>
        <translation>kein JSON Canvas: die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;nodes&quot; must be an array</source>
        <translation>&quot;nodes&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>&quot;edges&quot; must be an array</source>
        <translation>&quot;edges&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>a node must be an object</source>
        <translation>ein Knoten muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a node needs an &quot;id&quot;</source>
        <translation>ein Knoten benötigt eine &quot;id&quot;</translation>
    </message>
    <message>
        <source>unknown node type &quot;%1&quot; (expected text, file, link or group)</source>
        <translation>unbekannter Knotentyp &quot;%1&quot; (erwartet: text, file, link oder group)</translation>
    </message>
    <message>
        <source>an edge must be an object</source>
        <translation>eine Kante muss ein Objekt sein</translation>
    </message>
    <message>
        <source>an edge needs &quot;fromNode&quot; and &quot;toNode&quot;</source>
        <translation>eine Kante benötigt &quot;fromNode&quot; und &quot;toNode&quot;</translation>
    </message>
</context>
<context>
    <name>kg::io::JsonSupport</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is binary, not JSON</source>
        <translation>die Datei ist binär, kein JSON</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB; the limit is %2 MiB)</source>
        <translation>die Datei ist zu groß (%1 MiB; die Grenze liegt bei %2 MiB)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>the file is too large (the limit is %1 MiB)</source>
        <translation>die Datei ist zu groß (die Grenze liegt bei %1 MiB)</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number within ±1e9</source>
        <translation>&quot;%1&quot; muss eine Zahl innerhalb von ±1e9 sein</translation>
    </message>
</context>
<context>
    <name>kg::io::KGraphFormat</name>
    <message>
        <source>not a Kubegram graph: the top level is not an object</source>
        <translation>kein Kubegram-Graph: die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <source>not a Kubegram graph: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>kein Kubegram-Graph: &quot;format&quot; ist nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number &gt;= 1</source>
        <translation>&quot;version&quot; muss eine ganze Zahl &gt;= 1 sein</translation>
    </message>
    <message>
        <source>written by a newer Kubegram Desktop (format version %1); this version reads up to version %2. Please update the application.</source>
        <translation>mit einer neueren Version von Kubegram Desktop geschrieben (Formatversion %1); diese Version liest Formate bis Version %2. Bitte aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <source>&quot;metadata&quot; must be an object</source>
        <translation>&quot;metadata&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;nodes&quot; must be an array</source>
        <translation>&quot;nodes&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>a node must be an object</source>
        <translation>ein Knoten muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a node id must not be empty</source>
        <translation>eine Knoten-ID darf nicht leer sein</translation>
    </message>
    <message>
        <source>duplicate node id &quot;%1&quot;</source>
        <translation>doppelte Knoten-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object</source>
        <translation>&quot;properties&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;edges&quot; must be an array</source>
        <translation>&quot;edges&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>an edge must be an object</source>
        <translation>eine Kante muss ein Objekt sein</translation>
    </message>
    <message>
        <source>edge id &quot;%1&quot; is empty or not unique</source>
        <translation>Kanten-ID &quot;%1&quot; ist leer oder nicht eindeutig</translation>
    </message>
</context>
<context>
    <name>kg::io::KubernetesYamlImporter</name>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>more than %1 manifest files</source>
        <translation>mehr als %1 Manifestdateien</translation>
    </message>
    <message>
        <source>the manifests are larger than %1 MiB in total</source>
        <translation>die Manifeste sind insgesamt größer als %1 MiB</translation>
    </message>
    <message>
        <source>more than %1 Kubernetes documents</source>
        <translation>mehr als %1 Kubernetes-Dokumente</translation>
    </message>
    <message>
        <source>a document that is not a Kubernetes object was skipped</source>
        <translation>ein Dokument, das kein Kubernetes-Objekt ist, wurde übersprungen</translation>
    </message>
    <message>
        <source>skipped a document without kind or metadata.name</source>
        <translation>ein Dokument ohne kind oder metadata.name wurde übersprungen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is defined twice; the second definition was skipped</source>
        <translation>%1 „%2“ ist doppelt definiert; die zweite Definition wurde übersprungen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; refers to %3 &quot;%4&quot;, which is not in the imported files</source>
        <translation>%1 „%2“ verweist auf %3 „%4“, das nicht in den importierten Dateien enthalten ist</translation>
    </message>
    <message>
        <source>the selector of %1 &quot;%2&quot; matches no imported workload</source>
        <translation>der Selektor von %1 „%2“ passt auf keine importierte Arbeitslast</translation>
    </message>
    <message>
        <source>the manifests hold more than %1 values in total</source>
        <translation>die Manifeste enthalten insgesamt mehr als %1 Werte</translation>
    </message>
    <message>
        <source>%1 edges from label selectors to workloads were left out: an import draws at most %2 of them</source>
        <translation>%1 Verbindungen von Label-Selektoren zu Arbeitslasten wurden ausgelassen: ein Import zeichnet höchstens %2 davon</translation>
    </message>
    <message>
        <source>%1 label selectors were not resolved: they would take more than %2 label comparisons</source>
        <translation>%1 Label-Selektoren wurden nicht aufgelöst: dafür wären mehr als %2 Label-Vergleiche nötig</translation>
    </message>
    <message>
        <source>this folder holds kustomize roots or Helm charts (%1); import one of them: their bases, patches and templates are not objects to import one by one</source>
        <translation>dieser Ordner enthält Kustomize-Roots oder Helm-Charts (%1); importieren Sie eines davon: ihre Basen, Patches und Templates sind keine einzeln zu importierenden Objekte</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot;: its values are kept in the graph (as in the manifests); keep the graph file where the manifests were</source>
        <translation>Secret „%1“: seine Werte bleiben im Graphen erhalten (wie in den Manifesten); bewahren Sie die Graph-Datei dort auf, wo die Manifeste lagen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no form in the catalog: kept as YAML and generated unchanged</source>
        <translation>%1 „%2“ hat kein Formular im Katalog: als YAML behalten und unverändert erzeugt</translation>
    </message>
</context>
<context>
    <name>kg::io::ManifestRenderer</name>
    <message>
        <source>%1: cannot start %2: %3</source>
        <translation>%1: %2 kann nicht gestartet werden: %3</translation>
    </message>
    <message>
        <source>%1: %2 did not finish within %3 s; nothing was imported</source>
        <translation>%1: %2 wurde nicht innerhalb von %3 s beendet; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: the rendered manifests are larger than %2 MiB</source>
        <translation>%1: die gerenderten Manifeste sind größer als %2 MiB</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>kustomize root %1</source>
        <translation>Kustomize-Root %1</translation>
    </message>
    <message>
        <source>%1 needs kustomize to be rendered: install kubectl (it includes kustomize) or kustomize, or set KG_KUBECTL or KG_KUSTOMIZE to one; nothing was imported</source>
        <translation>%1 benötigt kustomize zum Rendern: installieren Sie kubectl (enthält kustomize) oder kustomize, oder setzen Sie KG_KUBECTL oder KG_KUSTOMIZE auf eines davon; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Helm chart %1</source>
        <translation>Helm-Chart %1</translation>
    </message>
    <message>
        <source>%1 needs helm to be rendered: install helm 3 or later, or set KG_HELM to one; nothing was imported</source>
        <translation>%1 benötigt helm zum Rendern: installieren Sie helm 3 oder neuer, oder setzen Sie KG_HELM auf eines; es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>kg::io::ServerGraphFormat</name>
    <message>
        <source>&quot;graph&quot; must be an object</source>
        <translation>&quot;graph&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;graphData&quot; must be an object</source>
        <translation>&quot;graphData&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;nodes&quot; is a string but not a JSON array: %1</source>
        <translation>&quot;nodes&quot; ist eine Zeichenkette, aber kein JSON-Array: %1</translation>
    </message>
    <message>
        <source>&quot;nodes&quot; is a string but not a JSON array</source>
        <translation>&quot;nodes&quot; ist eine Zeichenkette, aber kein JSON-Array</translation>
    </message>
    <message>
        <source>&quot;nodes&quot; must be an array</source>
        <translation>&quot;nodes&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>a node must be an object</source>
        <translation>ein Knoten muss ein Objekt sein</translation>
    </message>
    <message>
        <source>an edge must be an object</source>
        <translation>eine Kante muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a string</source>
        <translation>&quot;id&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;node&quot; must be an object</source>
        <translation>&quot;node&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;spec&quot; must be an object</source>
        <translation>&quot;spec&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;edges&quot; must be an array</source>
        <translation>&quot;edges&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>the graph is too large (the limit is %1 MiB)</source>
        <translation>der Graph ist zu groß (die Grenze liegt bei %1 MiB)</translation>
    </message>
    <message>
        <source>not a Kubegram server graph: the top level is not an object</source>
        <translation>kein Kubegram-Server-Graph: die oberste Ebene ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>kg::io::YamlSupport</name>
    <message>
        <source>more than %1 values (an alias bomb?)</source>
        <translation>mehr als %1 Werte (eine Alias-Bombe?)</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the file is binary, not YAML</source>
        <translation>die Datei ist binär, kein YAML</translation>
    </message>
    <message>
        <source>more than %1 YAML documents</source>
        <translation>mehr als %1 YAML-Dokumente</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>YAML too complex: %1</source>
        <translation>YAML zu komplex: %1</translation>
    </message>
    <message>
        <source>not enough memory to read this YAML</source>
        <translation>nicht genügend Arbeitsspeicher, um dieses YAML zu lesen</translation>
    </message>
    <message>
        <source>cannot read YAML: %1</source>
        <translation>YAML kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>more than %1 map keys</source>
        <translation>mehr als %1 Map-Schlüssel</translation>
    </message>
    <message>
        <source>the YAML is larger than %1 MiB</source>
        <translation>das YAML ist größer als %1 MiB</translation>
    </message>
</context>
<context>
    <name>kg::remote::ApiClient</name>
    <message>
        <source>Refused to contact %1: it is not the server&apos;s origin %2</source>
        <translation>Verbindung zu %1 verweigert: es ist nicht der Ursprung %2 des Servers</translation>
    </message>
    <message>
        <source>The answer is too large (%1 bytes announced; the limit is %2 MiB)</source>
        <translation>Die Antwort ist zu groß (%1 Byte angekündigt; die Grenze liegt bei %2 MiB)</translation>
    </message>
    <message>
        <source>The answer is too large (the limit is %1 MiB)</source>
        <translation>Die Antwort ist zu groß (die Grenze liegt bei %1 MiB)</translation>
    </message>
    <message>
        <source>Could not connect within %1 s</source>
        <translation>Keine Verbindung innerhalb von %1 s möglich</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s</source>
        <translation>Der Server hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>The connection closed before the server answered; the request was not sent again</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server antwortete; die Anfrage wurde nicht erneut gesendet</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>The connection broke while the answer arrived: %1</source>
        <translation>Die Verbindung brach ab, während die Antwort eintraf: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server redirected to %1; redirects are not followed so that credentials stay with the server</source>
        <translation>Der Server hat nach %1 umgeleitet; Umleitungen werden nicht verfolgt, damit die Zugangsdaten beim Server bleiben</translation>
    </message>
    <message>
        <source>the answer is not valid UTF-8</source>
        <translation>die Antwort ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>Unexpected response: %1</source>
        <translation>Unerwartete Antwort: %1</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The server answered %1 with %2 instead of JSON</source>
        <translation>Der Server hat %1 mit %2 statt mit JSON beantwortet</translation>
    </message>
    <message>
        <source>The server refused the refreshed sign-in; sign in again</source>
        <translation>Der Server hat die erneuerte Anmeldung abgelehnt; melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>This is not a Kubegram API: the server answered with a web page</source>
        <translation>Dies ist keine Kubegram-API: der Server hat mit einer Webseite geantwortet</translation>
    </message>
    <message>
        <source>This is not a Kubegram API: the server answered with %1</source>
        <translation>Dies ist keine Kubegram-API: der Server hat mit %1 geantwortet</translation>
    </message>
    <message>
        <source>The server refused the session id; paste a new one</source>
        <translation>Der Server hat die Sitzungs-ID abgelehnt; fügen Sie eine neue ein</translation>
    </message>
    <message>
        <source>The server refused the access token; paste a new one</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt; fügen Sie ein neues ein</translation>
    </message>
    <message>
        <source>The server rejects its own tokens (a token issued moments ago was refused). Sign in with a session id instead.</source>
        <translation>Der Server lehnt seine eigenen Tokens ab (ein gerade ausgestelltes Token wurde abgelehnt). Melden Sie sich stattdessen mit einer Sitzungs-ID an.</translation>
    </message>
    <message>
        <source>The sign-in has expired; sign in again</source>
        <translation>Die Anmeldung ist abgelaufen; melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token</source>
        <translation>Der Token-Endpunkt hat ohne Zugriffstoken geantwortet</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in (%1); sign in again</source>
        <translation>Der Server akzeptiert diese Anmeldung nicht mehr (%1); melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>This is not a Kubegram API: the health check answered without status &quot;ok&quot;</source>
        <translation>Dies ist keine Kubegram-API: der Health-Check hat nicht mit dem Status &quot;ok&quot; geantwortet</translation>
    </message>
    <message>
        <source>The API routes are not served by this server build (404 for the health check)</source>
        <translation>Die API-Routen werden von diesem Server-Build nicht bereitgestellt (404 beim Health-Check)</translation>
    </message>
    <message>
        <source>There is no Kubegram API at this address (it answered with a web page)</source>
        <translation>Unter dieser Adresse gibt es keine Kubegram-API (sie hat mit einer Webseite geantwortet)</translation>
    </message>
</context>
<context>
    <name>kg::remote::JobArtifacts</name>
    <message>
        <source>checksum mismatch: the content is not what the server recorded</source>
        <translation>Prüfsumme stimmt nicht überein: der Inhalt entspricht nicht dem, was der Server aufgezeichnet hat</translation>
    </message>
    <message>
        <source>the job result is neither an object nor a list</source>
        <translation>das Job-Ergebnis ist weder ein Objekt noch eine Liste</translation>
    </message>
    <message>
        <source>the job delivered %1 artifacts; the limit is %2</source>
        <translation>der Job hat %1 Artefakte geliefert; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
    <message>
        <source>stored at %1: not downloaded</source>
        <translation>gespeichert unter %1: nicht heruntergeladen</translation>
    </message>
    <message>
        <source>not downloaded: the server&apos;s client is gone</source>
        <translation>nicht heruntergeladen: die Verbindung zum Server besteht nicht mehr</translation>
    </message>
    <message>
        <source>stored at %1 on another server: not downloaded</source>
        <translation>gespeichert unter %1 auf einem anderen Server: nicht heruntergeladen</translation>
    </message>
    <message>
        <source>beyond the job&apos;s limit of %1 MiB</source>
        <translation>über der Grenze des Jobs von %1 MiB</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>Herunterladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the recorded size (%1) is not a valid number of bytes</source>
        <translation>die aufgezeichnete Größe (%1) ist keine gültige Byte-Anzahl</translation>
    </message>
    <message>
        <source>the job delivered more than its limit of %1 MiB</source>
        <translation>der Job hat mehr geliefert als seine Grenze von %1 MiB</translation>
    </message>
</context>
<context>
    <name>kg::remote::JobWatcher</name>
    <message>
        <source>The job is still running on the server; check again later</source>
        <translation>Der Job läuft noch auf dem Server; prüfen Sie es später erneut</translation>
    </message>
    <message>
        <source>The job is no longer available (not found or not shared with your team)</source>
        <translation>Der Job ist nicht mehr verfügbar (nicht gefunden oder nicht für Ihr Team freigegeben)</translation>
    </message>
    <message>
        <source>The job was cancelled</source>
        <translation>Der Job wurde abgebrochen</translation>
    </message>
    <message>
        <source>The job failed at step %1</source>
        <translation>Der Job ist bei Schritt %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>kg::remote::KeychainCredentialStore</name>
    <message>
        <source>No keychain service is available (%1); the credential is kept in memory only and must be entered again after a restart.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar (%1); die Zugangsdaten werden nur im Arbeitsspeicher gehalten und müssen nach einem Neustart erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>Cannot read the keychain: %1</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the credential in the keychain: %1</source>
        <translation>Die Zugangsdaten können nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot delete the credential from the keychain: %1</source>
        <translation>Die Zugangsdaten können nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>kg::remote::OAuthSignIn</name>
    <message>
        <source>The sign-in in the browser did not finish within %1 minutes; try again or paste an access token or a session id</source>
        <translation>Die Anmeldung im Browser wurde nicht innerhalb von %1 Minuten abgeschlossen; versuchen Sie es erneut oder fügen Sie ein Zugriffstoken oder eine Sitzungs-ID ein</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>Auf 127.0.0.1 kann nicht auf die Antwort des Browsers gewartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the web browser for the sign-in</source>
        <translation>Der Webbrowser kann für die Anmeldung nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This sign-in request is not expected; you may close this window.</source>
        <translation>Diese Anmeldeanfrage wird nicht erwartet; Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Kubegram Desktop received the answer; you may close this window.</source>
        <translation>Kubegram Desktop hat die Antwort erhalten; Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>The sign-in was refused: %1</source>
        <translation>Die Anmeldung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the sign-in code: %1</source>
        <translation>Der Server hat den Anmeldecode abgelehnt: %1</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token</source>
        <translation>Der Token-Endpunkt hat ohne Zugriffstoken geantwortet</translation>
    </message>
    <message>
        <source>The sign-in was cancelled</source>
        <translation>Die Anmeldung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>kg::remote::RemoteError</name>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>kg::remote::ServerEndpoints</name>
    <message>
        <source>Unexpected response: %1</source>
        <translation>Unerwartete Antwort: %1</translation>
    </message>
    <message>
        <source>The server offers no OAuth sign-in; paste an access token or a session id instead</source>
        <translation>Der Server bietet keine OAuth-Anmeldung an; fügen Sie stattdessen ein Zugriffstoken oder eine Sitzungs-ID ein</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in endpoints are on another origin (%1); they were refused</source>
        <translation>Die Anmelde-Endpunkte des Servers liegen auf einem anderen Ursprung (%1); sie wurden abgelehnt</translation>
    </message>
    <message>
        <source>The issuer %1 differs from the server&apos;s origin; its tokens may not be accepted</source>
        <translation>Der Aussteller %1 weicht vom Ursprung des Servers ab; seine Tokens werden möglicherweise nicht akzeptiert</translation>
    </message>
    <message>
        <source>/auth/me did not answer an object</source>
        <translation>/auth/me hat kein Objekt geliefert</translation>
    </message>
    <message>
        <source>/auth/me has no user id</source>
        <translation>/auth/me enthält keine Benutzer-ID</translation>
    </message>
    <message>
        <source>/teams did not answer a list</source>
        <translation>/teams hat keine Liste geliefert</translation>
    </message>
    <message>
        <source>/projects did not answer a list</source>
        <translation>/projects hat keine Liste geliefert</translation>
    </message>
    <message>
        <source>Project %1 not found</source>
        <translation>Projekt %1 nicht gefunden</translation>
    </message>
    <message>
        <source>the project is not an object</source>
        <translation>das Projekt ist kein Objekt</translation>
    </message>
    <message>
        <source>the new project has no id</source>
        <translation>das neue Projekt hat keine ID</translation>
    </message>
    <message>
        <source>The project %1 was created but could not be assigned to your team: %2</source>
        <translation>Das Projekt %1 wurde angelegt, konnte aber Ihrem Team nicht zugewiesen werden: %2</translation>
    </message>
    <message>
        <source>The project has generation jobs and cannot be deleted</source>
        <translation>Das Projekt hat Generierungs-Jobs und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The project changed on the server since it was loaded; reload it or overwrite the server&apos;s version</source>
        <translation>Das Projekt wurde seit dem Laden auf dem Server geändert; laden Sie es neu oder überschreiben Sie die Version des Servers</translation>
    </message>
    <message>
        <source>the code generation answer has no jobId</source>
        <translation>die Antwort der Codegenerierung enthält keine jobId</translation>
    </message>
    <message>
        <source>the job status is not an object</source>
        <translation>der Job-Status ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>kg::remote::ServerProjectSource</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>kg::session::GenerationService</name>
    <message>
        <source>The Kubegram server is not available (%1).</source>
        <translation>Der Kubegram-Server ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>No Kubegram server is configured (File → Kubegram Server…).</source>
        <translation>Es ist kein Kubegram-Server eingerichtet (Datei → Kubegram-Server…).</translation>
    </message>
    <message>
        <source>The local cache is not available.</source>
        <translation>Der lokale Cache ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>A generation is already running.</source>
        <translation>Eine Generierung läuft bereits.</translation>
    </message>
    <message>
        <source>The job cache cannot record this run now (%1). It was kept in %2 and will be recorded the next time the cache is opened.</source>
        <translation>Der Job-Cache kann diesen Lauf gerade nicht aufzeichnen (%1). Er wurde in %2 aufbewahrt und wird beim nächsten Öffnen des Caches aufgezeichnet.</translation>
    </message>
    <message>
        <source>The run is not recorded in the job cache: %1 (keeping it for later failed too: %2)</source>
        <translation>Der Lauf ist nicht im Job-Cache aufgezeichnet: %1 (ihn für später aufzubewahren schlug ebenfalls fehl: %2)</translation>
    </message>
</context>
<context>
    <name>kg::session::JobResumer</name>
    <message>
        <source>Server job completed.</source>
        <translation>Server-Job abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>kg::session::ServerConnection</name>
    <message>
        <source>No server</source>
        <translation>Kein Server</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Signed in as %1 (no team)</source>
        <translation>Angemeldet als %1 (kein Team)</translation>
    </message>
    <message>
        <source>Signed in as %1 (team %2)</source>
        <translation>Angemeldet als %1 (Team %2)</translation>
    </message>
</context>
<context>
    <name>kg::store::ArtifactRepository</name>
    <message>
        <source>replacing artifacts</source>
        <translation>Ersetzen von Artefakten</translation>
    </message>
    <message>
        <source>storing artifact %1</source>
        <translation>Speichern von Artefakt %1</translation>
    </message>
    <message>
        <source>reading artifacts</source>
        <translation>Lesen von Artefakten</translation>
    </message>
    <message>
        <source>listing artifacts</source>
        <translation>Auflisten von Artefakten</translation>
    </message>
    <message>
        <source>measuring artifacts</source>
        <translation>Messen von Artefakten</translation>
    </message>
    <message>
        <source>removing unused artifact contents</source>
        <translation>Entfernen nicht verwendeter Artefaktinhalte</translation>
    </message>
</context>
<context>
    <name>kg::store::Database</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The local cache was damaged (%1). It was moved aside to %2 and a fresh cache was created; projects and jobs on servers will be fetched again.</source>
        <translation>Der lokale Cache war beschädigt (%1). Er wurde nach %2 verschoben und ein neuer Cache angelegt; Projekte und Jobs auf Servern werden erneut abgerufen.</translation>
    </message>
    <message>
        <source>Local cache: %1: %2</source>
        <translation>Lokaler Cache: %1: %2</translation>
    </message>
    <message>
        <source>integrity check</source>
        <translation>Integritätsprüfung</translation>
    </message>
    <message>
        <source>No path given for the local cache.</source>
        <translation>Kein Pfad für den lokalen Cache angegeben.</translation>
    </message>
    <message>
        <source>Cannot create the folder of the local cache</source>
        <translation>Der Ordner des lokalen Caches kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The local cache is not a file</source>
        <translation>Der lokale Cache ist keine Datei</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the file is locked</source>
        <translation>die Datei ist gesperrt</translation>
    </message>
    <message>
        <source>The local cache is damaged (%1) and cannot be moved aside</source>
        <translation>Der lokale Cache ist beschädigt (%1) und kann nicht beiseite verschoben werden</translation>
    </message>
    <message>
        <source>Local cache: cannot read the schema version: %1</source>
        <translation>Lokaler Cache: die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of Kubegram Desktop (schema %2; this version understands up to %3). It was left unchanged: update the application, or point KUBEGRAM_DESKTOP_DB at another file.</source>
        <translation>Der lokale Cache %1 wurde von einer neueren Version von Kubegram Desktop geschrieben (Schema %2; diese Version versteht bis %3). Er wurde nicht verändert: aktualisieren Sie die Anwendung oder lassen Sie KUBEGRAM_DESKTOP_DB auf eine andere Datei zeigen.</translation>
    </message>
    <message>
        <source>Local cache: cannot switch to write-ahead logging: %1</source>
        <translation>Lokaler Cache: Umstellung auf Write-Ahead-Logging nicht möglich: %1</translation>
    </message>
    <message>
        <source>migration to schema %1 failed</source>
        <translation>Migration auf Schema %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>listing unfinished jobs</source>
        <translation>Auflisten unfertiger Jobs</translation>
    </message>
    <message>
        <source>Interrupted: the application stopped before the job finished.</source>
        <translation>Unterbrochen: die Anwendung wurde beendet, bevor der Job fertig war.</translation>
    </message>
    <message>
        <source>marking a job as interrupted</source>
        <translation>Markieren eines Jobs als unterbrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier run(s) that could not be recorded at the time are now in the job list.</source>
        <translation>
            <numerusform>%n früherer Lauf, der damals nicht aufgezeichnet werden konnte, steht jetzt in der Job-Liste.</numerusform>
            <numerusform>%n frühere Läufe, die damals nicht aufgezeichnet werden konnten, stehen jetzt in der Job-Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier run(s) are still waiting to be recorded: %1</source>
        <translation>
            <numerusform>%n früherer Lauf wartet noch auf die Aufzeichnung: %1</numerusform>
            <numerusform>%n frühere Läufe warten noch auf die Aufzeichnung: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kg::store::JobRecorder</name>
    <message>
        <source>A job needs a backend.</source>
        <translation>Ein Job benötigt ein Backend.</translation>
    </message>
    <message>
        <source>Job %1 cannot be re-run: its graph was not kept.</source>
        <translation>Job %1 kann nicht erneut ausgeführt werden: sein Graph wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>kg::store::JobRepository</name>
    <message>
        <source>A job needs a backend.</source>
        <translation>Ein Job benötigt ein Backend.</translation>
    </message>
    <message>
        <source>creating a job</source>
        <translation>Anlegen eines Jobs</translation>
    </message>
    <message>
        <source>saving job progress</source>
        <translation>Speichern des Job-Fortschritts</translation>
    </message>
    <message>
        <source>saving a job&apos;s status</source>
        <translation>Speichern des Job-Status</translation>
    </message>
    <message>
        <source>saving a job</source>
        <translation>Speichern eines Jobs</translation>
    </message>
    <message>
        <source>completing a job</source>
        <translation>Abschließen eines Jobs</translation>
    </message>
    <message>
        <source>No job with id %1 in the local cache.</source>
        <translation>Kein Job mit der ID %1 im lokalen Cache.</translation>
    </message>
    <message>
        <source>Job %1 is already completed.</source>
        <translation>Job %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>removing a job</source>
        <translation>Entfernen eines Jobs</translation>
    </message>
    <message>
        <source>reading a job</source>
        <translation>Lesen eines Jobs</translation>
    </message>
    <message>
        <source>listing jobs</source>
        <translation>Auflisten von Jobs</translation>
    </message>
    <message>
        <source>counting jobs</source>
        <translation>Zählen von Jobs</translation>
    </message>
    <message>
        <source>listing unfinished jobs</source>
        <translation>Auflisten unfertiger Jobs</translation>
    </message>
</context>
<context>
    <name>kg::store::JobStatus</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>kg::store::PendingRuns</name>
    <message>
        <source>not a queued run: %1</source>
        <translation>kein zur Aufzeichnung vorgemerkter Lauf: %1</translation>
    </message>
    <message>
        <source>not a queued run</source>
        <translation>kein zur Aufzeichnung vorgemerkter Lauf</translation>
    </message>
    <message>
        <source>written by a newer version (format %1)</source>
        <translation>von einer neueren Version geschrieben (Format %1)</translation>
    </message>
    <message>
        <source>the run names no backend</source>
        <translation>der Lauf nennt kein Backend</translation>
    </message>
    <message>
        <source>its graph cannot be read: %1</source>
        <translation>sein Graph kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the run has no outcome</source>
        <translation>der Lauf hat kein Ergebnis</translation>
    </message>
    <message>
        <source>cannot create the folder for runs waiting to be recorded</source>
        <translation>der Ordner für Läufe, die auf ihre Aufzeichnung warten, kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>kg::store::ProjectRepository</name>
    <message>
        <source>listing projects</source>
        <translation>Auflisten von Projekten</translation>
    </message>
    <message>
        <source>No such project in the local cache.</source>
        <translation>Dieses Projekt gibt es im lokalen Cache nicht.</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Ein Projekt benötigt einen Namen.</translation>
    </message>
    <message>
        <source>creating a project</source>
        <translation>Anlegen eines Projekts</translation>
    </message>
    <message>
        <source>saving a project</source>
        <translation>Speichern eines Projekts</translation>
    </message>
    <message>
        <source>The project %1 was not saved.</source>
        <translation>Das Projekt %1 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>updating projects</source>
        <translation>Aktualisieren von Projekten</translation>
    </message>
    <message>
        <source>renaming a project</source>
        <translation>Umbenennen eines Projekts</translation>
    </message>
    <message>
        <source>deleting a project</source>
        <translation>Löschen eines Projekts</translation>
    </message>
    <message>
        <source>removing a project</source>
        <translation>Entfernen eines Projekts</translation>
    </message>
    <message>
        <source>No project with id %1 in the local cache.</source>
        <translation>Kein Projekt mit der ID %1 im lokalen Cache.</translation>
    </message>
</context>
<context>
    <name>kg::store::RecordedGeneration</name>
    <message>
        <source>No generation backend.</source>
        <translation>Kein Generierungs-Backend.</translation>
    </message>
    <message>
        <source>A generation is already running.</source>
        <translation>Eine Generierung läuft bereits.</translation>
    </message>
    <message>
        <source>The job cache could not record this run (%1). It was kept in %2 and will be recorded the next time the application starts.</source>
        <translation>Der Job-Cache konnte diesen Lauf nicht aufzeichnen (%1). Er wurde in %2 aufbewahrt und wird beim nächsten Start der Anwendung aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>kg::store::RevisionRepository</name>
    <message>
        <source>reading graph revisions</source>
        <translation>Lesen von Graph-Revisionen</translation>
    </message>
    <message>
        <source>saving a graph revision</source>
        <translation>Speichern einer Graph-Revision</translation>
    </message>
    <message>
        <source>reading a graph revision</source>
        <translation>Lesen einer Graph-Revision</translation>
    </message>
    <message>
        <source>No graph revision %1 in the local cache.</source>
        <translation>Keine Graph-Revision %1 im lokalen Cache.</translation>
    </message>
    <message>
        <source>graph revision %1</source>
        <translation>Graph-Revision %1</translation>
    </message>
</context>
<context>
    <name>kg::store::ServerRepository</name>
    <message>
        <source>saving a server</source>
        <translation>Speichern eines Servers</translation>
    </message>
    <message>
        <source>The server %1 was not saved.</source>
        <translation>Der Server %1 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>listing servers</source>
        <translation>Auflisten von Servern</translation>
    </message>
    <message>
        <source>reading a server</source>
        <translation>Lesen eines Servers</translation>
    </message>
    <message>
        <source>No server with id %1 in the local cache.</source>
        <translation>Kein Server mit der ID %1 im lokalen Cache.</translation>
    </message>
    <message>
        <source>saving a server&apos;s state</source>
        <translation>Speichern des Server-Zustands</translation>
    </message>
    <message>
        <source>removing a server</source>
        <translation>Entfernen eines Servers</translation>
    </message>
    <message>
        <source>saving a team</source>
        <translation>Speichern eines Teams</translation>
    </message>
    <message>
        <source>The team %1 was not saved.</source>
        <translation>Das Team %1 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>removing a team</source>
        <translation>Entfernen eines Teams</translation>
    </message>
    <message>
        <source>listing teams</source>
        <translation>Auflisten von Teams</translation>
    </message>
    <message>
        <source>reading a team</source>
        <translation>Lesen eines Teams</translation>
    </message>
    <message>
        <source>No team with id %1 in the local cache.</source>
        <translation>Kein Team mit der ID %1 im lokalen Cache.</translation>
    </message>
</context>
<context>
    <name>kg::store::Transaction</name>
    <message>
        <source>cannot open</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>No transaction to commit.</source>
        <translation>Keine Transaktion zum Festschreiben.</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>Festschreiben nicht möglich</translation>
    </message>
</context>
<context>
    <name>kg::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Draw Kubernetes and infrastructure systems as graphs, generate their manifests locally or on a Kubegram server, review and export them.&lt;/p&gt;&lt;p&gt;Built with Qt %3 (running on Qt %4) and KSyntaxHighlighting %5.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Credits: the Qt Project; KDE&apos;s KSyntaxHighlighting and its syntax definition authors; yaml-cpp; QtKeychain; dtl; QuaZip.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Kubernetes- und Infrastruktursysteme als Graphen zeichnen, ihre Manifeste lokal oder auf einem Kubegram-Server erzeugen, prüfen und exportieren.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3 (ausgeführt mit Qt %4) und KSyntaxHighlighting %5.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Danksagungen: das Qt Project; KSyntaxHighlighting von KDE und die Autoren seiner Syntaxdefinitionen; yaml-cpp; QtKeychain; dtl; QuaZip.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kg::ui::CanvasActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Auss&amp;chneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Find Node…</source>
        <translation>Knoten &amp;suchen…</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>&amp;Horizontal zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>&amp;Vertikal zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Horizontal ver&amp;teilen</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Vertikal verte&amp;ilen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Alles einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Den ganzen Graphen anzeigen</translation>
    </message>
    <message>
        <source>Fit &amp;Selection</source>
        <translation>Aus&amp;wahl einpassen</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>&amp;Minikarte</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>&amp;Raster anzeigen</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>Am Raster ausr&amp;ichten</translation>
    </message>
    <message>
        <source>&amp;Select Tool</source>
        <translation>&amp;Auswahlwerkzeug</translation>
    </message>
    <message>
        <source>Select and move nodes (V)</source>
        <translation>Knoten auswählen und verschieben (V)</translation>
    </message>
    <message>
        <source>&amp;Connect Tool</source>
        <translation>&amp;Verbindungswerkzeug</translation>
    </message>
    <message>
        <source>Drag from one node to another to connect them (C)</source>
        <translation>Von einem Knoten zu einem anderen ziehen, um sie zu verbinden (C)</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>A&amp;nordnen</translation>
    </message>
    <message>
        <source>Lay the graph out left to right by traffic flow</source>
        <translation>Den Graphen von links nach rechts nach Datenfluss anordnen</translation>
    </message>
    <message>
        <source>A&amp;lign</source>
        <translation>Ausr&amp;ichten</translation>
    </message>
</context>
<context>
    <name>kg::ui::DocumentActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save to Server &amp;Project</source>
        <translation>Im Server-&amp;Projekt speichern</translation>
    </message>
    <message>
        <source>&amp;Image (PNG, SVG)…</source>
        <translation>&amp;Bild (PNG, SVG)…</translation>
    </message>
    <message>
        <source>&amp;Manifests, Chart or Compose File…</source>
        <translation>&amp;Manifeste, Chart oder Compose-Datei…</translation>
    </message>
    <message>
        <source>F&amp;older: Manifests, Kustomize Root, Chart or Compose…</source>
        <translation>&amp;Ordner: Manifeste, Kustomize-Root, Chart oder Compose…</translation>
    </message>
    <message>
        <source>JSON &amp;Canvas…</source>
        <translation>JSON &amp;Canvas…</translation>
    </message>
    <message>
        <source>Kubegram &amp;Graph JSON…</source>
        <translation>Kubegram-&amp;Graph-JSON…</translation>
    </message>
    <message>
        <source>New from &amp;Sample</source>
        <translation>Neu aus Beispie&amp;l</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>No samples</source>
        <translation>Keine Beispiele</translation>
    </message>
    <message>
        <source>Open Graph</source>
        <translation>Graph öffnen</translation>
    </message>
    <message>
        <source>All graphs (*.kgraph *.canvas *.json);;Kubegram graphs (*.kgraph);;JSON Canvas (*.canvas);;Kubegram server graphs (*.json);;All files (*)</source>
        <translation>Alle Graphen (*.kgraph *.canvas *.json);;Kubegram-Graphen (*.kgraph);;JSON Canvas (*.canvas);;Kubegram-Server-Graphen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The graph could not be opened.

%1</source>
        <translation>Der Graph konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <source>Imported %1; Save As to keep it as a Kubegram graph.</source>
        <translation>%1 importiert; verwenden Sie „Speichern unter“, um ihn als Kubegram-Graph zu behalten.</translation>
    </message>
    <message>
        <source>Cannot Open Sample</source>
        <translation>Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Sample loaded; Save As to keep your changes.</source>
        <translation>Beispiel geladen; verwenden Sie „Speichern unter“, um Ihre Änderungen zu behalten.</translation>
    </message>
    <message>
        <source>Cannot Recover Document</source>
        <translation>Dokument kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Recovered &quot;%1&quot; from %2.</source>
        <translation>„%1“ aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot Open Graph</source>
        <translation>Graph kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The project has no graph yet: draw it here.</source>
        <translation>Das Projekt hat noch keinen Graphen: Zeichnen Sie ihn hier.</translation>
    </message>
    <message>
        <source>Save Graph</source>
        <translation>Graph speichern</translation>
    </message>
    <message>
        <source>Kubegram graphs (*.kgraph)</source>
        <translation>Kubegram-Graphen (*.kgraph)</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The graph was not saved; the file on disk is unchanged.

%1</source>
        <translation>Der Graph wurde nicht gespeichert; die Datei auf dem Datenträger ist unverändert.

%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Saving to the server…</source>
        <translation>Wird auf dem Server gespeichert…</translation>
    </message>
    <message>
        <source>Saved to the server project &quot;%1&quot;.</source>
        <translation>Im Server-Projekt „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Cannot Save to Server</source>
        <translation>Speichern auf dem Server nicht möglich</translation>
    </message>
    <message>
        <source>Project Changed on the Server</source>
        <translation>Projekt auf dem Server geändert</translation>
    </message>
    <message>
        <source>%1.

Overwrite the server&apos;s version with this graph?</source>
        <translation>%1.

Die Fassung auf dem Server mit diesem Graphen überschreiben?</translation>
    </message>
    <message>
        <source>Not saved: the server&apos;s version was kept.</source>
        <translation>Nicht gespeichert: Die Fassung auf dem Server wurde behalten.</translation>
    </message>
    <message>
        <source>This graph was not opened from a project of the configured server.</source>
        <translation>Dieser Graph wurde nicht aus einem Projekt des eingerichteten Servers geöffnet.</translation>
    </message>
    <message>
        <source>The server is not available.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Manifests, packaged charts and Compose files (*.yaml *.yml *.json *.tgz);;All files (*)</source>
        <translation>Manifeste, gepackte Charts und Compose-Dateien (*.yaml *.yml *.json *.tgz);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n imported object(s) to the graph.</source>
        <translation>
            <numerusform>%n importiertes Objekt zum Graphen hinzugefügt.</numerusform>
            <numerusform>%n importierte Objekte zum Graphen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Importieren nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n object(s); Save As to keep the graph.</source>
        <translation>
            <numerusform>%n Objekt importiert; verwenden Sie „Speichern unter“, um den Graphen zu behalten.</numerusform>
            <numerusform>%n Objekte importiert; verwenden Sie „Speichern unter“, um den Graphen zu behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported with Warnings</source>
        <translation>Mit Warnungen importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) imported. Some details could not be mapped:

%1</source>
        <translation>
            <numerusform>%n Objekt importiert. Einige Details konnten nicht zugeordnet werden:

%1</numerusform>
            <numerusform>%n Objekte importiert. Einige Details konnten nicht zugeordnet werden:

%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n object(s).</source>
        <translation>
            <numerusform>%n Objekt importiert.</numerusform>
            <numerusform>%n Objekte importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export JSON Canvas</source>
        <translation>JSON Canvas exportieren</translation>
    </message>
    <message>
        <source>Export Kubegram Graph JSON</source>
        <translation>Kubegram-Graph-JSON exportieren</translation>
    </message>
    <message>
        <source>JSON Canvas (*.canvas)</source>
        <translation>JSON Canvas (*.canvas)</translation>
    </message>
    <message>
        <source>Kubegram graph JSON (*.json)</source>
        <translation>Kubegram-Graph-JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Exportieren nicht möglich</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>The graph is empty; there is nothing to export.</source>
        <translation>Der Graph ist leer; es gibt nichts zu exportieren.</translation>
    </message>
</context>
<context>
    <name>kg::ui::ExportImageDialog</name>
    <message>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation>Ganzer Graph</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>PNG scale:</source>
        <translation>PNG-Skalierung:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The image was not written.

%1</source>
        <translation>Das Bild wurde nicht geschrieben.

%1</translation>
    </message>
</context>
<context>
    <name>kg::ui::GenerationControls</name>
    <message>
        <source>Generating: %1</source>
        <translation>Erzeugung: %1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n file(s).</source>
        <translation>
            <numerusform>%n Datei erzeugt.</numerusform>
            <numerusform>%n Dateien erzeugt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generation cancelled.</source>
        <translation>Generierung abgebrochen.</translation>
    </message>
    <message>
        <source>Generation failed.</source>
        <translation>Generierung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Generation Failed</source>
        <translation>Generierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No manifests were generated.

%1</source>
        <translation>Es wurden keine Manifeste erzeugt.

%1</translation>
    </message>
    <message>
        <source>Job Cache</source>
        <translation>Job-Cache</translation>
    </message>
    <message>
        <source>Where to generate</source>
        <translation>Wo erzeugt werden soll</translation>
    </message>
    <message>
        <source>Local engine</source>
        <translation>Lokale Engine</translation>
    </message>
    <message>
        <source>Kubegram server</source>
        <translation>Kubegram-Server</translation>
    </message>
    <message>
        <source>Output layout</source>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot Run Again</source>
        <translation>Erneute Ausführung nicht möglich</translation>
    </message>
    <message>
        <source>The graph of that job has errors.</source>
        <translation>Der Graph dieses Jobs enthält Fehler.</translation>
    </message>
    <message>
        <source>That job is not running in this window.</source>
        <translation>Dieser Job läuft nicht in diesem Fenster.</translation>
    </message>
    <message>
        <source>Configure a server first (File → Kubegram Server…)</source>
        <translation>Richten Sie zuerst einen Server ein (Datei → Kubegram-Server…)</translation>
    </message>
    <message>
        <source>Cannot Generate</source>
        <translation>Erzeugen nicht möglich</translation>
    </message>
    <message>
        <source>The graph has errors. Fix them and generate again:

%1</source>
        <translation>Der Graph enthält Fehler. Beheben Sie sie und erzeugen Sie erneut:

%1</translation>
    </message>
    <message numerus="yes">
        <source>Generating (%n warning(s))…</source>
        <translation>
            <numerusform>Erzeugung läuft (%n Warnung)…</numerusform>
            <numerusform>Erzeugung läuft (%n Warnungen)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Erzeugung läuft…</translation>
    </message>
    <message>
        <source>Cannot Open Artifacts</source>
        <translation>Artefakte können nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Job %1 has no artifacts (%2).</source>
        <translation>Job %1 hat keine Artefakte (%2).</translation>
    </message>
</context>
<context>
    <name>kg::ui::GraphEditor</name>
    <message>
        <source>Unknown node kind &quot;%1&quot;.</source>
        <translation>Unbekannter Knotentyp „%1“.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>The clipboard holds no graph elements.</source>
        <translation>Die Zwischenablage enthält keine Graph-Elemente.</translation>
    </message>
    <message>
        <source>The clipboard content is too large to paste (%1 MB).</source>
        <translation>Der Inhalt der Zwischenablage ist zu groß zum Einfügen (%1 MB).</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Select nodes to copy.</source>
        <translation>Wählen Sie die zu kopierenden Knoten aus.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>%n Knoten kopiert.</numerusform>
            <numerusform>%n Knoten kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s).</source>
        <translation>
            <numerusform>%1: %n Knoten.</numerusform>
            <numerusform>%1: %n Knoten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one node to rename.</source>
        <translation>Wählen Sie einen Knoten zum Umbenennen aus.</translation>
    </message>
    <message>
        <source>Select two or more nodes to align.</source>
        <translation>Wählen Sie zwei oder mehr Knoten zum Ausrichten aus.</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message>
        <source>Select three or more nodes to distribute.</source>
        <translation>Wählen Sie drei oder mehr Knoten zum Verteilen aus.</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <source>The graph is already arranged.</source>
        <translation>Der Graph ist bereits angeordnet.</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
</context>
<context>
    <name>kg::ui::GraphScene</name>
    <message>
        <source>A node cannot connect to itself.</source>
        <translation>Ein Knoten kann nicht mit sich selbst verbunden werden.</translation>
    </message>
    <message>
        <source>%1 is already connected to %2.</source>
        <translation>%1 ist bereits mit %2 verbunden.</translation>
    </message>
    <message>
        <source>A %1 cannot connect to a %2.</source>
        <translation>Ein %1 kann nicht mit einem %2 verbunden werden.</translation>
    </message>
    <message>
        <source>Try the other direction: from %1 to %2.</source>
        <translation>Versuchen Sie die andere Richtung: von %1 zu %2.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Connected %1 to %2 as &quot;%3&quot;; change the type in the Inspector.</source>
        <translation>%1 mit %2 als „%3“ verbunden; ändern Sie den Typ im Inspektor.</translation>
    </message>
    <message>
        <source>Drop the connection on another node.</source>
        <translation>Legen Sie die Verbindung auf einem anderen Knoten ab.</translation>
    </message>
</context>
<context>
    <name>kg::ui::GraphView</name>
    <message>
        <source>Find node by name</source>
        <translation>Knoten nach Namen suchen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>Es ist nichts ausgewählt.</translation>
    </message>
    <message>
        <source>No node named &quot;%1&quot;.</source>
        <translation>Kein Knoten mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>A node needs a name.</source>
        <translation>Ein Knoten benötigt einen Namen.</translation>
    </message>
</context>
<context>
    <name>kg::ui::ImageExport</name>
    <message>
        <source>Nothing is selected, or the image would be too large.</source>
        <translation>Es ist nichts ausgewählt, oder das Bild wäre zu groß.</translation>
    </message>
    <message>
        <source>The graph is empty, or the image would be too large.</source>
        <translation>Der Graph ist leer, oder das Bild wäre zu groß.</translation>
    </message>
    <message>
        <source>The PNG image could not be encoded.</source>
        <translation>Das PNG-Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>Es ist nichts ausgewählt.</translation>
    </message>
    <message>
        <source>The graph is empty.</source>
        <translation>Der Graph ist leer.</translation>
    </message>
    <message>
        <source>Exported from Kubegram Desktop</source>
        <translation>Exportiert aus Kubegram Desktop</translation>
    </message>
</context>
<context>
    <name>kg::ui::ImportPreviewDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>the chart&apos;s name</source>
        <translation>der Name des Charts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>values files, separated by ;</source>
        <translation>Values-Dateien, getrennt durch ;</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Values Files</source>
        <translation>Values-Dateien</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation>KEY=VALUE, ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Render Again</source>
        <translation>Erneut &amp;rendern</translation>
    </message>
    <message>
        <source>Release &amp;name:</source>
        <translation>Release-&amp;Name:</translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation>Names&amp;pace:</translation>
    </message>
    <message>
        <source>&amp;Values files:</source>
        <translation>&amp;Values-Dateien:</translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation>&amp;Setzen:</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can be imported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Es kann nichts importiert werden.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Understood by the graph (%1)</source>
        <translation>Vom Graphen verstanden (%1)</translation>
    </message>
    <message>
        <source>Kept as YAML, generated unchanged (%1)</source>
        <translation>Als YAML behalten, unverändert erzeugt (%1)</translation>
    </message>
    <message>
        <source>Namespace frames, no Namespace object (%1)</source>
        <translation>Namespace-Rahmen, kein Namespace-Objekt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) from %1 file(s): %2 node(s) and %3 edge(s). Every object keeps all its fields; the graph shows what it understands.</source>
        <translation>
            <numerusform>%n Objekt aus %1 Datei(en): %2 Knoten und %3 Verbindung(en). Jedes Objekt behält alle seine Felder; der Graph zeigt, was er versteht.</numerusform>
            <numerusform>%n Objekte aus %1 Datei(en): %2 Knoten und %3 Verbindung(en). Jedes Objekt behält alle seine Felder; der Graph zeigt, was er versteht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was left unmapped.</source>
        <translation>Alles wurde zugeordnet.</translation>
    </message>
    <message>
        <source>Could not be mapped or needs a look (%1):</source>
        <translation>Konnte nicht zugeordnet werden oder sollte geprüft werden (%1):</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add to This Graph</source>
        <translation>Zu diesem Graphen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Open as New Graph</source>
        <translation>Als neuen Graphen ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>kg::ui::InspectorWidget</name>
    <message>
        <source>No document.</source>
        <translation>Kein Dokument.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) selected</source>
        <translation>
            <numerusform>%n Verbindung ausgewählt</numerusform>
            <numerusform>%n Verbindungen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single connection to change its type.</source>
        <translation>Wählen Sie eine einzelne Verbindung aus, um ihren Typ zu ändern.</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Select a node or connection to edit it.</source>
        <translation>Wählen Sie einen Knoten oder eine Verbindung zum Bearbeiten aus.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (vorgeschlagen)</translation>
    </message>
    <message>
        <source>The generator reads this as %1.</source>
        <translation>Der Generator interpretiert dies als %1.</translation>
    </message>
    <message>
        <source>The generator does not understand connections between these kinds.</source>
        <translation>Der Generator versteht keine Verbindungen zwischen diesen Kinds.</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>Verbindungstyp</translation>
    </message>
    <message>
        <source>Unknown kind; kept but not generated.</source>
        <translation>Unbekannter Kind; bleibt erhalten, wird aber nicht erzeugt.</translation>
    </message>
    <message>
        <source>Used for the generated objects (made DNS-safe when generating).</source>
        <translation>Wird für die erzeugten Objekte verwendet (beim Erzeugen DNS-tauglich gemacht).</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) selected</source>
        <translation>
            <numerusform>%n Knoten ausgewählt</numerusform>
            <numerusform>%n Knoten ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the properties all of them have are shown.</source>
        <translation>Es werden nur die Eigenschaften angezeigt, die alle gemeinsam haben.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>one name=value per line</source>
        <translation>ein name=value pro Zeile</translation>
    </message>
    <message>
        <source>A node needs a name.</source>
        <translation>Ein Knoten benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Line %1: expected name=value.</source>
        <translation>Zeile %1: name=value erwartet.</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(mehrere Werte)</translation>
    </message>
    <message>
        <source>A kind without a form: its YAML below is generated as written.</source>
        <translation>Ein Kind ohne Formular: sein YAML unten wird so erzeugt, wie es geschrieben ist.</translation>
    </message>
    <message>
        <source>Object YAML</source>
        <translation>Objekt-YAML</translation>
    </message>
    <message>
        <source>The object as imported: it is generated as written here, with the changes made above. Applied when the field loses focus.</source>
        <translation>Das Objekt wie importiert: Es wird so erzeugt, wie es hier steht, mit den oben vorgenommenen Änderungen. Wird übernommen, wenn das Feld den Fokus verliert.</translation>
    </message>
    <message>
        <source>Harden containers</source>
        <translation>Container härten</translation>
    </message>
    <message>
        <source>Adds runAsNonRoot, no privilege escalation, dropped capabilities and the runtime&apos;s seccomp profile where the object does not set them. Nothing else of the object changes.</source>
        <translation>Ergänzt runAsNonRoot, keine Rechteausweitung, entzogene Capabilities und das seccomp-Profil der Laufzeitumgebung, wo das Objekt sie nicht setzt. Sonst ändert sich nichts am Objekt.</translation>
    </message>
    <message>
        <source>the object YAML</source>
        <translation>das Objekt-YAML</translation>
    </message>
    <message>
        <source>line %1: not a Kubernetes object</source>
        <translation>Zeile %1: kein Kubernetes-Objekt</translation>
    </message>
    <message>
        <source>An imported node needs its object; delete the node instead.</source>
        <translation>Ein importierter Knoten benötigt sein Objekt; löschen Sie stattdessen den Knoten.</translation>
    </message>
    <message>
        <source>Edit Object YAML</source>
        <translation>Objekt-YAML bearbeiten</translation>
    </message>
</context>
<context>
    <name>kg::ui::JobPanelDock</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation>Den ausgewählten Job stoppen</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Generate again from the same graph revision and options</source>
        <translation>Erneut aus derselben Graph-Revision mit denselben Optionen erzeugen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the generated files in the viewer</source>
        <translation>Die erzeugten Dateien in der Anzeige zeigen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Open the folder the files were exported to</source>
        <translation>Den Ordner öffnen, in den die Dateien exportiert wurden</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Jobs</translation>
    </message>
    <message>
        <source>The export folder %1 no longer exists.</source>
        <translation>Der Exportordner %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>a graph</source>
        <translation>einen Graphen</translation>
    </message>
    <message numerus="yes">
        <source>Generation for %1 completed: %n file(s).</source>
        <translation>
            <numerusform>Generierung für %1 abgeschlossen: %n Datei.</numerusform>
            <numerusform>Generierung für %1 abgeschlossen: %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generation for %1 failed: %2</source>
        <translation>Generierung für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Generation for %1: %2</source>
        <translation>Generierung für %1: %2</translation>
    </message>
    <message>
        <source>Kubegram Desktop</source>
        <translation>Kubegram Desktop</translation>
    </message>
</context>
<context>
    <name>kg::ui::JobTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation>%1:%2 min</translation>
    </message>
    <message>
        <source>%1:%2 h</source>
        <translation>%1:%2 h</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(kein Projekt)</translation>
    </message>
    <message>
        <source>Local engine</source>
        <translation>Lokale Engine</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>kg::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbildmodus</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;About Kubegram Desktop</source>
        <translation>Ü&amp;ber Kubegram Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Kubegram Se&amp;rver…</source>
        <translation>Kubegram-Se&amp;rver…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Generate Kubernetes manifests from the graph (Ctrl+Return, F5)</source>
        <translation>Kubernetes-Manifeste aus dem Graphen erzeugen (Strg+Eingabe, F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel Generation</source>
        <translation>Generierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bedienfelder</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>kg::ui::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>kg::ui::PaletteWidget</name>
    <message>
        <source>Search kinds</source>
        <translation>Kinds suchen</translation>
    </message>
</context>
<context>
    <name>kg::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Show grid</source>
        <translation>Raster anzeigen</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>Am Raster ausrichten</translation>
    </message>
    <message>
        <source>Generate NetworkPolicies for the drawn flows</source>
        <translation>NetworkPolicies für die gezeichneten Datenflüsse erzeugen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies fully after a restart.</source>
        <translation>Eine neue Sprache wird nach einem Neustart vollständig wirksam.</translation>
    </message>
    <message>
        <source>Canvas:</source>
        <translation>Zeichenfläche:</translation>
    </message>
    <message>
        <source>Output &amp;layout:</source>
        <translation>Ausgabe&amp;format:</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Serverstandard</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Anbieterstandard</translation>
    </message>
    <message>
        <source>Server &amp;AI provider:</source>
        <translation>&amp;KI-Anbieter des Servers:</translation>
    </message>
    <message>
        <source>Server AI &amp;model:</source>
        <translation>KI-&amp;Modell des Servers:</translation>
    </message>
</context>
<context>
    <name>kg::ui::ProjectBrowserDock</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Filter projects by name</source>
        <translation>Projekte nach Namen filtern</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Open Graph</source>
        <translation>Graph öffnen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch teams and projects from the servers again</source>
        <translation>Teams und Projekte erneut von den Servern abrufen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select a team to create a project on the server.</source>
        <translation>Wählen Sie ein Team aus, um ein Projekt auf dem Server anzulegen.</translation>
    </message>
    <message>
        <source>The server of this project is not configured.</source>
        <translation>Der Server dieses Projekts ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The server is no longer configured.</source>
        <translation>Der Server ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>Delete the project &quot;%1&quot; on %2 for everyone in the team?

This cannot be undone.</source>
        <translation>Das Projekt „%1“ auf %2 für alle im Team löschen?

Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete Server Project</source>
        <translation>Serverprojekt löschen</translation>
    </message>
    <message>
        <source>%1 is offline; opened the cached graph.</source>
        <translation>%1 ist offline; der zwischengespeicherte Graph wurde geöffnet.</translation>
    </message>
</context>
<context>
    <name>kg::ui::ProjectBrowserModel</name>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Latest generated revision</source>
        <translation>Zuletzt erzeugte Revision</translation>
    </message>
    <message>
        <source>Jobs (%1)</source>
        <translation>Jobs (%1)</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Local workspace</source>
        <translation>Lokaler Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 — offline</source>
        <translation>%1 — offline</translation>
    </message>
    <message>
        <source>%1
The server cannot be reached: showing the cached projects and jobs.</source>
        <translation>%1
Der Server ist nicht erreichbar: die zwischengespeicherten Projekte und Jobs werden angezeigt.</translation>
    </message>
    <message>
        <source>On the server; the cached copy opens when offline</source>
        <translation>Auf dem Server; offline wird die zwischengespeicherte Kopie geöffnet</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
</context>
<context>
    <name>kg::ui::ProjectCommands</name>
    <message>
        <source>Create project %1</source>
        <translation>Projekt %1 anlegen</translation>
    </message>
    <message>
        <source>Rename project %1 to %2</source>
        <translation>Projekt %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Delete project %1</source>
        <translation>Projekt %1 löschen</translation>
    </message>
</context>
<context>
    <name>kg::ui::ServerSettingsDialog</name>
    <message>
        <source>Kubegram Server</source>
        <translation>Kubegram-Server</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>Paste an access token</source>
        <translation>Zugriffstoken einfügen</translation>
    </message>
    <message>
        <source>Paste a session id</source>
        <translation>Sitzungs-ID einfügen</translation>
    </message>
    <message>
        <source>Access token (JWT)</source>
        <translation>Zugriffstoken (JWT)</translation>
    </message>
    <message>
        <source>Value of the session cookie</source>
        <translation>Wert des Sitzungs-Cookies</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;methode:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identität:</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address.</source>
        <translation>Geben Sie eine http://- oder https://-Adresse ein.</translation>
    </message>
    <message>
        <source>Warning: credentials would travel unencrypted over http to %1.</source>
        <translation>Warnung: Zugangsdaten würden unverschlüsselt über http an %1 übertragen.</translation>
    </message>
    <message>
        <source>Credentials are kept in memory only and must be entered again after a restart.</source>
        <translation>Zugangsdaten werden nur im Arbeitsspeicher gehalten und müssen nach einem Neustart erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>Credentials are stored in the system keychain.</source>
        <translation>Zugangsdaten werden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Choose &quot;Paste a session id&quot; to sign in another way.</source>
        <translation>Wählen Sie „Sitzungs-ID einfügen“, um sich auf andere Weise anzumelden.</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Zertifikat SHA-256: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>This account has no team or company: generation is disabled.</source>
        <translation>Dieses Konto hat kein Team oder Unternehmen: die Generierung ist deaktiviert.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>A Kubegram server answers; sign in to continue.</source>
        <translation>Ein Kubegram-Server antwortet; melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Waiting for the browser… (finish signing in there)</source>
        <translation>Warten auf den Browser… (schließen Sie die Anmeldung dort ab)</translation>
    </message>
    <message>
        <source>You can also paste an access token or a session id.</source>
        <translation>Sie können auch ein Zugriffstoken oder eine Sitzungs-ID einfügen.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Trust only this certificate, only for this address, until another server is set up. Compare the fingerprint with the one your server&apos;s administrator gives you first.</source>
        <translation>Vertraut nur diesem Zertifikat, nur für diese Adresse, bis ein anderer Server eingerichtet wird. Vergleichen Sie zuerst den Fingerabdruck mit dem, den Ihnen die Administration des Servers nennt.</translation>
    </message>
    <message>
        <source>Trust it only if this is the fingerprint your server&apos;s administrator gives you.</source>
        <translation>Vertrauen Sie ihm nur, wenn dies der Fingerabdruck ist, den Ihnen die Administration des Servers nennt.</translation>
    </message>
</context>
</TS>
