<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>QObject</name>
    <message>
        <source>The design is empty: there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n host(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New %1 zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit design settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no PortPlanner hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to paste here: choose a zone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n host(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PortPlanner designs (*.portplan);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ConfigMgr firewall port planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .portplan design to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::app::DocumentFiles</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no file name yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::app::MainWindow</name>
    <message>
        <source>Flow summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flows, %2 crossing, %3 openings, %4 errors, %5 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n host(s) to another zone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n host(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is at the edge of its zone; drag it to move it to another zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already carries that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a zone first: hosts live in zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site code (three letters or digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a free three-character site code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This design has %1 hosts; arranging it may take minutes. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranging with graphviz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation for %1 is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a blank design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .portplan design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the design under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the diagram as SVG or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close PortPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the selected hosts and zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected hosts and zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste hosts and zones; into the selected zone when there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected hosts and zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site below the one selected in the site hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out zones and hosts with graphviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Internal Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show connections that stay inside a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align moved hosts and zones to the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show G&amp;rid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the grid behind the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PortPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Perimeter Zone (DMZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nternet Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site Hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows and Openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PortPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PortPlanner %1&lt;/h3&gt;&lt;p&gt;Firewall planning for Configuration Manager hierarchies.&lt;/p&gt;&lt;p&gt;Port facts: &lt;i&gt;Ports used in Configuration Manager&lt;/i&gt; (Microsoft Docs, zh-TW, 2017); every flow names its section anchor.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 could not be opened. Nothing was changed.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save design as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortPlanner did not close properly. Recover the unsaved changes to %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::views::DesignEditor</name>
    <message>
        <source>Design &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design&apos;s title, shown in exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC dynamic range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note 6: the dynamic RPC range of every host unless a host sets its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number of the firewall change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asks for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns the rules once in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO date, e.g. 2026-11-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review or e&amp;xpiry date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO date when the rules are reviewed or expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text, e.g. Sat 22:00-02:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port range such as 49152-65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-11-25.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::views::DesignScene</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Crossing connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection inside a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts must be dropped inside a zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone would leave some of its hosts outside; move them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::views::DesignView</name>
    <message>
        <source>Design canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network zones and the hosts placed in them, with the connections between hosts. Drop roles from the palette here; arrow keys move the selected hosts (or scroll), Ctrl+plus and Ctrl+minus zoom, Delete removes the selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::views::FindingsModel</name>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::views::FlowTableModel</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::views::FlowsPanel</name>
    <message>
        <source>Openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossing only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only flows that cross a zone boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed ref (BKMK_…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide flows that stay inside one zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source zone filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows starting in this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination zone filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows ending in this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows naming a host whose id contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP, UDP or ICMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows whose port or range includes this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed section filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows whose seed anchor contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connection the design needs; selecting rows selects them on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openings table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall openings grouped by zone pair and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rows the filters show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any destination zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 openings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::views::HostEditor</name>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name, usually the host&apos;s DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network zone the host sits in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ConfigMgr site the host belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 or IPv6 addresses, separated by commas; empty means the zone&apos;s subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Machines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many identical machines this host stands for (client groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the roles this host carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this site system serves intranet clients, internet clients or both (rule 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intranet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site server initiates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require the site server to initiate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note 5: the site system never starts connections to the site server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PXE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution point answers PXE boot requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution point sends multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multicast range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP range for multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSUS HTTP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note 3: 80 or 8530</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSUS HTTPS port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note 3: 443 or 8531</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for the default instance; a named instance needs a static port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note 2: SQL Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Broker port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note 2: SQL Server Service Broker port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure load balancer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind a load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site database sits behind an Azure load balancer (BKMK_SQLPorts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of this host&apos;s own web service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note 1: the port the proxy listens on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workgroup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not joined to the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workgroup clients do not query the global catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC dynamic range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note 6: restricted RPC range of this host, e.g. 50000-50100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: global roles only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::views::OpeningTableModel</name>
    <message>
        <source>From zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime, install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local and fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 flows in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::views::PalettePanel</name>
    <message>
        <source>Search roles (English or 中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the role palette by English or Traditional Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMgr roles and external services. Drag one onto a zone to create a host, onto a host to add the role; or press Enter to add it to the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::views::PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items selected. Drag them together, delete them, or copy them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::views::SiteEditor</name>
    <message>
        <source>Site code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional display name of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central administration site, primary or secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central administration site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent site (rule 2 links a site with its parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client HTTP port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note 2: client to site system HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client HTTPS port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note 2: client to site system HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client notification port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note 2: client to management point notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake on LAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site server wakes clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake on LAN port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note 2: UDP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake-up proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients wake their peers (UDP and ICMP between clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake-up proxy port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet &amp;proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note 1: the site server and software update point reach the internet through this proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 cannot be its own ancestor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::views::SitesPanel</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites under their parents: central administration site, primaries, secondaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a site below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected site; hosts keep their place but lose the site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pp::views::ValidationPanel</name>
    <message>
        <source>Validation findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and warnings; activate one to select the hosts it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::views::ZoneEditor</name>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone&apos;s display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal, perimeter, internet, cloud or branch: decides colours, internet clients and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perimeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subnets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR subnets separated by commas, e.g. 10.0.0.0/16, 2001:db8::/48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional colour like #336699; empty uses the kind&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet in CIDR form (e.g. 10.0.0.0/16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour like #336699.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
