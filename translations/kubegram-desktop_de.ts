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
        <source>cannot replace the folder (is it in use or read-only?)</source>
        <translation>der Ordner kann nicht ersetzt werden (wird er verwendet oder ist er schreibgeschützt?)</translation>
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
    <message numerus="yes">
        <source>cannot move the file into place; %n file(s) were already written</source>
        <translation>
            <numerusform>die Datei kann nicht an ihren Zielort verschoben werden; %n Datei wurde bereits geschrieben</numerusform>
            <numerusform>die Datei kann nicht an ihren Zielort verschoben werden; %n Dateien wurden bereits geschrieben</numerusform>
        </translation>
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
    <name>kg::GraphDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
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
    <name>kg::SetNodeGeometryCommand</name>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
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
</context>
<context>
    <name>kg::io::KGraphFormat</name>
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
        <source>Open &amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
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
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Graph</source>
        <translation>Graph öffnen</translation>
    </message>
    <message>
        <source>Kubegram graphs (*.kgraph);;All files (*)</source>
        <translation>Kubegram-Graphen (*.kgraph);;Alle Dateien (*)</translation>
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
</context>
</TS>
