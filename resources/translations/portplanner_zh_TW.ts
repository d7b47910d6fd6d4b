<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AwsSgWriter</name>
    <message>
        <source>PortPlanner change request: %1</source>
        <translation>PortPlanner 變更申請：%1</translation>
    </message>
    <message>
        <source>More than 500 ingress rules: CloudFormation takes 500 resources a template; the rest is not written.</source>
        <translation>輸入規則超過 500 條：CloudFormation 每個範本最多 500 個資源；其餘未寫出。</translation>
    </message>
    <message>
        <source>The existing security group of %1</source>
        <translation>%1 現有的安全性群組</translation>
    </message>
</context>
<context>
    <name>AzureNsgWriter</name>
    <message>
        <source>%1: no NSG priority is left (at most 4096); not written.</source>
        <translation>%1：已無可用的 NSG 優先順序（最多 4096）；未寫出。</translation>
    </message>
    <message>
        <source>The existing network security group of %1</source>
        <translation>%1 現有的網路安全性群組</translation>
    </message>
</context>
<context>
    <name>CiscoAsaWriter</name>
    <message>
        <source>Entries are appended to &lt;nameif&gt;_access_in; bind a list with access-group only where the interface has none.</source>
        <translation>項目附加到 &lt;nameif&gt;_access_in；只在介面尚無存取清單時，才用 access-group 繫結。</translation>
    </message>
</context>
<context>
    <name>DiagramFile</name>
    <message>
        <source>The design is empty: there is nothing to export.</source>
        <translation>設計是空的：沒有可匯出的內容。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf);;diagrams.net drawing (*.drawio)</source>
        <translation>SVG 影像 (*.svg);;PNG 影像 (*.png);;PDF 文件 (*.pdf);;diagrams.net 繪圖 (*.drawio)</translation>
    </message>
</context>
<context>
    <name>GroupNaming</name>
    <message>
        <source>Group %1 keeps its name: another group is already called %2.</source>
        <translation>群組 %1 保留原名：已有另一個群組叫 %2。</translation>
    </message>
    <message>
        <source>Group %1 is called %2: &quot;%3&quot; is not a name every firewall takes (letters, digits and _, at most %4 characters).</source>
        <translation>群組 %1 命名為 %2：「%3」不是每種防火牆都接受的名稱（字母、數字和 _，最多 %4 個字元）。</translation>
    </message>
</context>
<context>
    <name>IptablesWriter</name>
    <message>
        <source>IPv6 addresses are left out: they need ip6tables.</source>
        <translation>已略過 IPv6 位址：它們需要 ip6tables。</translation>
    </message>
    <message>
        <source>Load with iptables-restore --noflush: chain %1 is refreshed, nothing else is touched; loading again adds a second jump from FORWARD (iptables -D FORWARD -j %1 removes it).</source>
        <translation>以 iptables-restore --noflush 載入：只重新整理鏈 %1，其他不動；再次載入會在 FORWARD 多加一個跳轉（用 iptables -D FORWARD -j %1 移除）。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no roles</source>
        <translation>沒有角色</translation>
    </message>
    <message>
        <source>install</source>
        <translation>安裝</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 個</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>將 %1 加入 %2</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n host(s)</source>
        <translation>
            <numerusform>微調 %n 台主機</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>刪除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>刪除 %n 個項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Add zone</source>
        <translation>新增區域</translation>
    </message>
    <message>
        <source>Edit zone %1</source>
        <translation>編輯區域 %1</translation>
    </message>
    <message>
        <source>Resize zone</source>
        <translation>調整區域大小</translation>
    </message>
    <message>
        <source>Move zone</source>
        <translation>移動區域</translation>
    </message>
    <message>
        <source>Add site %1</source>
        <translation>新增站台 %1</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>編輯站台 %1</translation>
    </message>
    <message>
        <source>Remove site %1</source>
        <translation>移除站台 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Rename design</source>
        <translation>重新命名設計</translation>
    </message>
    <message>
        <source>Edit design settings</source>
        <translation>編輯設計設定</translation>
    </message>
    <message>
        <source>Edit change request</source>
        <translation>編輯變更申請</translation>
    </message>
    <message>
        <source>Auto-arrange</source>
        <translation>自動排列</translation>
    </message>
    <message>
        <source>The clipboard holds no PortPlanner hosts: %1</source>
        <translation>剪貼簿中沒有 PortPlanner 主機：%1</translation>
    </message>
    <message>
        <source>Nothing to paste here: choose a zone first.</source>
        <translation>這裡沒有可貼上的內容：請先選擇一個區域。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n host(s)</source>
        <translation>
            <numerusform>貼上 %n 台主機</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide %n crossing(s)</source>
        <translation>
            <numerusform>決定 %n 個跨區連線</numerusform>
        </translation>
    </message>
    <message>
        <source>Move in the review</source>
        <translation>在審查中移動</translation>
    </message>
    <message>
        <source>Change port catalog</source>
        <translation>變更連接埠類別目錄</translation>
    </message>
    <message>
        <source>Add firewall %1</source>
        <translation>新增防火牆 %1</translation>
    </message>
    <message>
        <source>Move firewall %1</source>
        <translation>移動防火牆 %1</translation>
    </message>
    <message>
        <source>Edit firewall %1</source>
        <translation>編輯防火牆 %1</translation>
    </message>
    <message>
        <source>Delete firewall %1</source>
        <translation>刪除防火牆 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n firewall(s)</source>
        <translation>
            <numerusform>刪除 %n 個防火牆</numerusform>
        </translation>
    </message>
    <message>
        <source>Link firewall %1 to zone %2</source>
        <translation>將防火牆 %1 連接到區域 %2</translation>
    </message>
    <message>
        <source>Unlink firewall %1 from zone %2</source>
        <translation>中斷防火牆 %1 與區域 %2 的連接</translation>
    </message>
    <message>
        <source>Rename group %1</source>
        <translation>重新命名群組 %1</translation>
    </message>
    <message>
        <source>Internal network</source>
        <translation>內部網路</translation>
    </message>
    <message>
        <source>DMZ</source>
        <translation>DMZ</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>網際網路</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>雲端</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>WAN</source>
        <translation>WAN</translation>
    </message>
    <message>
        <source>Change zone id %1 to %2</source>
        <translation>將區域識別碼 %1 變更為 %2</translation>
    </message>
    <message>
        <source>Pin route %1</source>
        <translation>固定路由 %1</translation>
    </message>
    <message>
        <source>Edit route %1</source>
        <translation>編輯路由 %1</translation>
    </message>
    <message>
        <source>Unpin route %1</source>
        <translation>取消固定路由 %1</translation>
    </message>
    <message>
        <source>Rename groups</source>
        <translation>重新命名群組</translation>
    </message>
</context>
<context>
    <name>VendorWriter</name>
    <message>
        <source>PortPlanner change request for %1 (%2), design &quot;%3&quot;%4.</source>
        <translation>PortPlanner 為 %1（%2）產生的變更申請，設計「%3」%4。</translation>
    </message>
    <message>
        <source>Adds what the design needs; removes, replaces and flushes nothing.</source>
        <translation>只新增設計所需的項目；不移除、不取代、不清空任何項目。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ConfigMgr firewall port planner</source>
        <translation>ConfigMgr 防火牆連接埠規劃工具</translation>
    </message>
    <message>
        <source>A .portplan design to open.</source>
        <translation>要開啟的 .portplan 設計。</translation>
    </message>
</context>
<context>
    <name>pp::DisplayText</name>
    <message>
        <source>Internal</source>
        <translation>內部</translation>
    </message>
    <message>
        <source>Perimeter (DMZ)</source>
        <translation>周邊網路 (DMZ)</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>網際網路</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>雲端</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Transit (WAN between firewalls)</source>
        <translation>轉送 (防火牆之間的 WAN)</translation>
    </message>
    <message>
        <source>Central administration site</source>
        <translation>管理中心網站</translation>
    </message>
    <message>
        <source>Primary site</source>
        <translation>主要站台</translation>
    </message>
    <message>
        <source>Secondary site</source>
        <translation>次要站台</translation>
    </message>
    <message>
        <source>Intranet clients only</source>
        <translation>僅限內部網路用戶端</translation>
    </message>
    <message>
        <source>Internet clients only</source>
        <translation>僅限網際網路用戶端</translation>
    </message>
    <message>
        <source>Intranet and internet clients</source>
        <translation>內部網路與網際網路用戶端</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>questioned</source>
        <translation>有疑問</translation>
    </message>
    <message>
        <source>Generic firewall</source>
        <translation>一般防火牆</translation>
    </message>
    <message>
        <source>Palo Alto Networks (PAN-OS)</source>
        <translation>Palo Alto Networks (PAN-OS)</translation>
    </message>
    <message>
        <source>Fortinet FortiGate</source>
        <translation>Fortinet FortiGate</translation>
    </message>
    <message>
        <source>Cisco ASA</source>
        <translation>Cisco ASA</translation>
    </message>
    <message>
        <source>Juniper SRX</source>
        <translation>Juniper SRX</translation>
    </message>
    <message>
        <source>Linux nftables</source>
        <translation>Linux nftables</translation>
    </message>
    <message>
        <source>Linux iptables</source>
        <translation>Linux iptables</translation>
    </message>
    <message>
        <source>Windows Defender Firewall</source>
        <translation>Windows Defender 防火牆</translation>
    </message>
    <message>
        <source>Azure network security group</source>
        <translation>Azure 網路安全性群組</translation>
    </message>
    <message>
        <source>AWS security group</source>
        <translation>AWS 安全群組</translation>
    </message>
    <message>
        <source>Capirca policy</source>
        <translation>Capirca 原則</translation>
    </message>
</context>
<context>
    <name>pp::FlowText</name>
    <message>
        <source>manual link</source>
        <translation>手動連線</translation>
    </message>
    <message>
        <source>manual link: %1</source>
        <translation>手動連線：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>TFTP reply path (note 4): %1</source>
        <translation>TFTP 回覆路徑 (附註 4)：%1</translation>
    </message>
    <message>
        <source> (through the site&apos;s internet proxy, note 1)</source>
        <translation> (經由站台的網際網路 Proxy，附註 1)</translation>
    </message>
    <message>
        <source> (during installation)</source>
        <translation> (安裝期間)</translation>
    </message>
    <message>
        <source> (boundary-group fallback: %1)</source>
        <translation> (界限群組後援：%1)</translation>
    </message>
    <message>
        <source>%1 -&gt; site default group</source>
        <translation>%1 -&gt; 站台預設群組</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 after %3 min</source>
        <translation>%1 -&gt; %2，%3 分鐘後</translation>
    </message>
    <message>
        <source>%1 Left out: %2, with %3 [%4]</source>
        <translation>%1 省略：%2，與 %3 [%4]</translation>
    </message>
    <message>
        <source> (source: %1)</source>
        <translation> (來源：%1)</translation>
    </message>
    <message>
        <source>SSL bridging to the internet-facing %1 (%2): allow the HTTP %3 %4</source>
        <translation>SSL 橋接至面向網際網路的%1 (%2)：允許 HTTP %3 %4</translation>
    </message>
    <message>
        <source>verb</source>
        <translation>動詞</translation>
    </message>
    <message>
        <source>verbs</source>
        <translation>動詞</translation>
    </message>
    <message>
        <source> and the %1 %2</source>
        <translation>，以及%1 %2</translation>
    </message>
    <message>
        <source>header</source>
        <translation>標頭</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>標頭</translation>
    </message>
</context>
<context>
    <name>pp::PlatformNames</name>
    <message>
        <source>Name &quot;%1&quot; became &quot;%2&quot; on %3 (characters, reserved words or length: at most %4).</source>
        <translation>名稱「%1」在 %3 上改為「%2」（字元、保留字或長度：最多 %4）。</translation>
    </message>
    <message>
        <source>Comment &quot;%1&quot;: characters %2 cannot hold were replaced.</source>
        <translation>註解「%1」：已取代 %2 無法容納的字元。</translation>
    </message>
    <message>
        <source>Comment &quot;%1&quot; was shortened to %2 %3, the limit on %4.</source>
        <translation>註解「%1」已縮短為 %2 %3，這是 %4 的上限。</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>位元組</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>個字元</translation>
    </message>
    <message>
        <source>Comment &quot;%1&quot; was shortened to %2 lines of %3 characters, the limit on %4.</source>
        <translation>註解「%1」已縮短為 %2 行、每行 %3 個字元，這是 %4 的上限。</translation>
    </message>
</context>
<context>
    <name>pp::Report</name>
    <message>
        <source>pair: %1</source>
        <translation>配對：%1</translation>
    </message>
    <message>
        <source>and %1 more warning(s) of this kind</source>
        <translation>及其他 %1 個同類警告</translation>
    </message>
    <message>
        <source>Firewall %1 (%2)</source>
        <translation>防火牆 %1 (%2)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Summary per zone pair</source>
        <translation>各區域配對摘要</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Firewall rules</source>
        <translation>防火牆規則</translation>
    </message>
    <message>
        <source>Object and service groups</source>
        <translation>物件與服務群組</translation>
    </message>
    <message>
        <source>Request lines</source>
        <translation>申請行</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <source>en</source>
        <comment>html lang</comment>
        <extracomment>The HTML language code of the report&apos;s own words (BCP 47).</extracomment>
        <translation>zh-Hant-TW</translation>
    </message>
    <message>
        <source>Ports and anchors follow Microsoft&apos;s &quot;Ports used in Configuration Manager&quot;.</source>
        <translation>連接埠與錨點依循 Microsoft 的「Configuration Manager 使用的連接埠」。</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>and %1 more (the CSV lists each line&apos;s)</source>
        <translation>及其他 %1 個 (CSV 會列出每一行的警告)</translation>
    </message>
    <message>
        <source>hosts</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>The source initiates. Direction &lt;--&gt; marks a connection either side may start; its pair is the line for the other side.</source>
        <translation>由來源發起。方向 &lt;--&gt; 表示任一端皆可發起的連線；其配對是另一端的申請行。</translation>
    </message>
    <message>
        <source>Lines %1</source>
        <translation>申請行 %1</translation>
    </message>
    <message>
        <source>(contents)</source>
        <translation>(目錄)</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>source (initiator)</source>
        <translation>來源 (發起端)</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>refs</source>
        <translation>參考</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>風險</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Preview: the first %1 of %2 lines.</source>
        <translation>預覽：%2 行中的前 %1 行。</translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation>沒有錯誤或警告。</translation>
    </message>
    <message>
        <source>Generated by PortPlanner.</source>
        <translation>由 PortPlanner 產生。</translation>
    </message>
    <message>
        <source>Request lines: firewall %1 (%2)</source>
        <translation>申請行：防火牆 %1 (%2)</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>風險：%1</translation>
    </message>
    <message>
        <source>and %1 more warning(s) like these</source>
        <translation>及其他 %1 個類似警告</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>簽核</translation>
    </message>
    <message>
        <source>Line / rule</source>
        <translation>行 / 規則</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Source (initiator)</source>
        <translation>來源 (發起端)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>參考</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>風險</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>changes only (a delta)</source>
        <translation>僅變更 (差異)</translation>
    </message>
    <message>
        <source>the whole design</source>
        <translation>整個設計</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Firewall / network team</source>
        <translation>防火牆 / 網路團隊</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>安全性審查</translation>
    </message>
    <message>
        <source>Change approval</source>
        <translation>變更核准</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The design has %1 hosts: drawn here by zone, with the number of request lines between each pair of zones. The SVG and HTML exports draw every host.</source>
        <translation>設計共有 %1 個主機：此處依區域繪製，並標示每對區域之間的申請行數。SVG 與 HTML 匯出會繪出每個主機。</translation>
    </message>
    <message>
        <source>Approved as listed in this request: %1</source>
        <translation>依本申請所列核准：%1</translation>
    </message>
    <message>
        <source>PortPlanner change request</source>
        <translation>PortPlanner 變更申請</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>工單 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message>
        <source>Firewall change request (changes only): %1</source>
        <translation>防火牆變更申請 (僅變更)：%1</translation>
    </message>
    <message>
        <source>Firewall change request: %1</source>
        <translation>防火牆變更申請：%1</translation>
    </message>
    <message>
        <source>%1 request line(s) in %2 firewall rule(s): %3 to add, %4 to modify, %5 to remove.</source>
        <translation>%2 條防火牆規則中共 %1 行申請：新增 %3、修改 %4、移除 %5。</translation>
    </message>
    <message>
        <source>This report names at most %1 hosts or addresses per list and counts the rest (&quot;and N more&quot;); justifications name up to 4 host pairs per kind of flow.</source>
        <translation>本報告每份清單最多列出 %1 個主機或位址，其餘只計數 (「及其他 N 個」)；理由中每種流量最多列出 4 組主機配對。</translation>
    </message>
    <message>
        <source>No list of this request is that long: every host and address is shown.</source>
        <translation>本申請沒有那麼長的清單：每個主機與位址皆已列出。</translation>
    </message>
    <message>
        <source>Shortened here: %1 host list(s) and %2 address list(s).</source>
        <translation>此處已縮短：%1 份主機清單與 %2 份位址清單。</translation>
    </message>
    <message>
        <source>The first %1 of %2 warnings are listed.</source>
        <translation>已列出 %2 個警告中的前 %1 個。</translation>
    </message>
    <message>
        <source>The CSV and XLSX exports list every host, address, flow and warning.</source>
        <translation>CSV 與 XLSX 匯出會列出每個主機、位址、流量與警告。</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>無位址</translation>
    </message>
    <message>
        <source>from zone</source>
        <translation>來源區域</translation>
    </message>
    <message>
        <source>to zone</source>
        <translation>目的區域</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>行</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>protocols and ports</source>
        <translation>通訊協定與連接埠</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>highest risk</source>
        <translation>最高風險</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>嚴重性</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>參考</translation>
    </message>
    <message>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>pp::RequestAssembler</name>
    <message>
        <source>Zone boundaries</source>
        <translation>區域邊界</translation>
    </message>
    <message>
        <source>No firewall path</source>
        <translation>無防火牆路徑</translation>
    </message>
</context>
<context>
    <name>pp::RequestTable</name>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>防火牆</translation>
    </message>
    <message>
        <source>change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>開放規則</translation>
    </message>
    <message>
        <source>source zone</source>
        <translation>來源區域</translation>
    </message>
    <message>
        <source>source hosts</source>
        <translation>來源主機</translation>
    </message>
    <message>
        <source>source addresses</source>
        <translation>來源位址</translation>
    </message>
    <message>
        <source>source group</source>
        <translation>來源群組</translation>
    </message>
    <message>
        <source>destination zone</source>
        <translation>目的區域</translation>
    </message>
    <message>
        <source>destination hosts</source>
        <translation>目的主機</translation>
    </message>
    <message>
        <source>destination addresses</source>
        <translation>目的位址</translation>
    </message>
    <message>
        <source>destination group</source>
        <translation>目的群組</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>services</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>service group</source>
        <translation>服務群組</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>initiator</source>
        <translation>發起端</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>配對</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>ssl bridging</source>
        <translation>SSL 橋接</translation>
    </message>
    <message>
        <source>refs</source>
        <translation>參考</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>風險</translation>
    </message>
    <message>
        <source>risk reasons</source>
        <translation>風險原因</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>requested date</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>審查日期</translation>
    </message>
    <message>
        <source>window</source>
        <translation>實施時段</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>行</translation>
    </message>
    <message>
        <source>group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>addresses or ports</source>
        <translation>位址或連接埠</translation>
    </message>
    <message>
        <source>from</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>from zone</source>
        <translation>來源區域</translation>
    </message>
    <message>
        <source>to</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>to zone</source>
        <translation>目的區域</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>參考</translation>
    </message>
    <message>
        <source>crossing</source>
        <translation>跨區域</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>後援</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>site</source>
        <translation>站台</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>machines</source>
        <translation>電腦數</translation>
    </message>
    <message>
        <source>subnets</source>
        <translation>子網路</translation>
    </message>
    <message>
        <source>hosts</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>審查日期</translation>
    </message>
    <message>
        <source>Implementation window</source>
        <translation>實施時段</translation>
    </message>
    <message>
        <source>no request metadata in the design</source>
        <translation>設計中沒有申請資訊</translation>
    </message>
</context>
<context>
    <name>pp::ReviewSheet</name>
    <message>
        <source>pending</source>
        <translation>待審查</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>questioned</source>
        <translation>有疑問</translation>
    </message>
    <message>
        <source>needs re-review</source>
        <translation>需要重新審查</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>fallback</source>
        <translation>後援</translation>
    </message>
    <message>
        <source>local and fallback</source>
        <translation>本地與後援</translation>
    </message>
</context>
<context>
    <name>pp::RiskRules</name>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>pp::Validator</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 及其他 %2 個</translation>
    </message>
    <message>
        <source>No firewall joins zone %1 to zone %2, directly or through other zones: the flows between %3 cannot cross. Link a firewall to both zones, or to zones between them.</source>
        <translation>沒有防火牆直接或經由其他區域連接區域 %1 與區域 %2：%3 之間的流量無法跨越。請將防火牆連接到這兩個區域，或連接到兩者之間的區域。</translation>
    </message>
    <message>
        <source>Firewall %1 has no interface in any zone; it joins nothing.</source>
        <translation>防火牆 %1 沒有位於任何區域的介面；它不連接任何區域。</translation>
    </message>
    <message>
        <source>Firewall %1 has interfaces in zone %2 only; it joins nothing. Link it to a second zone.</source>
        <translation>防火牆 %1 只有位於區域 %2 的介面；它不連接任何區域。請將它連接到第二個區域。</translation>
    </message>
    <message>
        <source>Zone %1 is a transit zone (a WAN between firewalls) but holds %2. Put them in the zone they live in, or make %1 another kind of zone.</source>
        <translation>區域 %1 是轉送區域 (防火牆之間的 WAN)，卻含有 %2。請將它們放在所屬的區域，或將 %1 改為其他類型的區域。</translation>
    </message>
    <message>
        <source>The route from %1 to %2 through %3 passes %4 firewalls (%5); the shortest path passes %6. Each extra device needs its own rules.</source>
        <translation>從 %1 到 %2 經由 %3 的路由通過 %4 台防火牆 (%5)；最短路徑只通過 %6 台。每多一台裝置都需要自己的規則。</translation>
    </message>
    <message>
        <source>Zones %1 and %2 overlap on the canvas; move one so that each host clearly sits in one zone.</source>
        <translation>區域 %1 與 %2 在畫布上重疊；請移動其中一個，讓每台主機明確位於一個區域中。</translation>
    </message>
    <message>
        <source>Site %1 has no host with the site server role.</source>
        <translation>站台 %1 沒有具備站台伺服器角色的主機。</translation>
    </message>
    <message>
        <source>Site %1 has no SQL Server for its site database.</source>
        <translation>站台 %1 沒有存放站台資料庫的 SQL Server。</translation>
    </message>
    <message>
        <source>a central administration site has no parent</source>
        <translation>管理中心網站沒有父站台</translation>
    </message>
    <message>
        <source>a primary site&apos;s parent must be a central administration site</source>
        <translation>主要站台的父站台必須是管理中心網站</translation>
    </message>
    <message>
        <source>a secondary site needs a primary site as parent</source>
        <translation>次要站台需要以主要站台作為父站台</translation>
    </message>
    <message>
        <source>Site %1: %2.</source>
        <translation>站台 %1：%2。</translation>
    </message>
    <message>
        <source>Host %1 carries ConfigMgr roles but belongs to no site.</source>
        <translation>主機 %1 具有 Configuration Manager 角色，卻不屬於任何站台。</translation>
    </message>
    <message>
        <source>Host %1 uses the named SQL instance %2 without a static port; ConfigMgr does not support dynamic SQL ports.</source>
        <translation>主機 %1 使用具名 SQL 執行個體 %2，但沒有固定連接埠；Configuration Manager 不支援動態 SQL 連接埠。</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 put two site databases on %3; each SQL Server instance needs its own ports.</source>
        <translation>主機 %1 與 %2 將兩個站台資料庫放在 %3 上；每個 SQL Server 執行個體都需要自己的連接埠。</translation>
    </message>
    <message>
        <source>Host %1: WSUS ports %2/%3 break note 3 (80 goes with 443; otherwise HTTPS must be at least HTTP + 1).</source>
        <translation>主機 %1：WSUS 連接埠 %2/%3 違反附註 3 (80 須搭配 443；否則 HTTPS 必須至少為 HTTP + 1)。</translation>
    </message>
    <message>
        <source>Host %1 enables PXE or multicast but is not a distribution point; the option has no effect.</source>
        <translation>主機 %1 啟用了 PXE 或多點傳送，卻不是發佈點；此選項沒有作用。</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 share the address %3.</source>
        <translation>主機 %1 與 %2 使用相同的位址 %3。</translation>
    </message>
    <message>
        <source>Host %1: address %2 is outside the subnets of zone %3.</source>
        <translation>主機 %1：位址 %2 不在區域 %3 的子網路內。</translation>
    </message>
    <message>
        <source>%1 on host %2 sits in site %3; hierarchy-wide roles belong in the top-level site, whose site server they talk to.</source>
        <translation>主機 %2 上的%1 位於站台 %3；階層層級的角色應位於最上層站台，與其站台伺服器通訊。</translation>
    </message>
    <message>
        <source>management point</source>
        <translation>管理點</translation>
    </message>
    <message>
        <source>distribution point</source>
        <translation>發佈點</translation>
    </message>
    <message>
        <source>The clients of %1 have no %2 that serves them in site %3 or above.</source>
        <translation>%1 的用戶端在站台 %3 或其上層沒有為其服務的%2。</translation>
    </message>
    <message>
        <source>The internet-based clients of %1 have no internet-facing %2 in their site %3.</source>
        <translation>%1 的網際網路用戶端在其站台 %3 中沒有面向網際網路的%2。</translation>
    </message>
    <message>
        <source> Site %1 above has one, but internet-based clients use only the systems of their assigned site.</source>
        <translation>上層站台 %1 有一個，但網際網路用戶端只使用其指派站台的系統。</translation>
    </message>
    <message>
        <source>Host %1 in secondary site %2 is set to accept %3 clients; secondary sites accept no client connections from the internet.</source>
        <translation>次要站台 %2 中的主機 %1 設定為接受%3用戶端；次要站台不接受來自網際網路的用戶端連線。</translation>
    </message>
    <message>
        <source>intranet and internet</source>
        <translation>內部網路與網際網路</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>網際網路</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>多點傳送</translation>
    </message>
    <message>
        <source>Distribution point %1 enables %2 but serves only internet-based clients, which get no operating system deployment: %2 cannot work there.</source>
        <translation>發佈點 %1 啟用了 %2，但只為網際網路用戶端服務，而這些用戶端無法進行作業系統部署：%2 在此無法運作。</translation>
    </message>
    <message>
        <source>Host %1 carries the role %2, which the catalog %3 does not have: no flows for it.</source>
        <translation>主機 %1 具有角色 %2，但目錄 %3 沒有此角色：不會為它產生流量。</translation>
    </message>
    <message>
        <source>Host %1 pulls content from %2, which is not another distribution point.</source>
        <translation>主機 %1 從 %2 提取內容，但 %2 不是另一個發佈點。</translation>
    </message>
    <message>
        <source>Host %1 names pull sources but is not a distribution point; the option has no effect.</source>
        <translation>主機 %1 指定了提取來源，卻不是發佈點；此選項沒有作用。</translation>
    </message>
    <message>
        <source>PXE on %1: a host firewall there must let the server send as well as receive on the PXE ports; ConfigMgr creates only the inbound rules.</source>
        <translation>%1 上的 PXE：該處的主機防火牆必須允許伺服器在 PXE 連接埠上傳送與接收；Configuration Manager 只會建立輸入規則。</translation>
    </message>
    <message>
        <source>Clients %1 lie in no boundary group: they use every system of their site, as if there were no groups.</source>
        <translation>用戶端 %1 不在任何界限群組中：它們會使用所屬站台的每個系統，如同沒有群組一樣。</translation>
    </message>
    <message>
        <source>Boundary group %1 assigns clients to site %2, but %3 belongs to site %4.</source>
        <translation>界限群組 %1 將用戶端指派到站台 %2，但 %3 屬於站台 %4。</translation>
    </message>
    <message>
        <source>PXE on %1: TFTP listens on UDP 69 but answers from a dynamic high port. A stateless firewall must also allow the reply path (UDP to the client&apos;s ports %2).</source>
        <translation>%1 上的 PXE：TFTP 在 UDP 69 接聽，但從動態高連接埠回應。無狀態防火牆也必須允許回覆路徑 (UDP 至用戶端的連接埠 %2)。</translation>
    </message>
    <message>
        <source>Host %1 has crossing flows but neither it nor zone %2 has an address; change requests cannot name it.</source>
        <translation>主機 %1 有跨區域流量，但它和區域 %2 都沒有位址；變更要求無法指定它。</translation>
    </message>
    <message>
        <source>Host %1 has crossing flows but no address: change requests name the subnets of zone %2 (%3) instead.</source>
        <translation>主機 %1 有跨區域流量但沒有位址：變更要求改以區域 %2 的子網路 (%3) 指定。</translation>
    </message>
    <message>
        <source>Link %1 joins host %2 to itself and is ignored.</source>
        <translation>連結 %1 將主機 %2 連到自己，已忽略。</translation>
    </message>
    <message>
        <source>Link %1 leaves out %2 flow(s) the catalog requires from %3 to %4.</source>
        <translation>連結 %1 省略了目錄要求從 %3 到 %4 的 %2 個流量。</translation>
    </message>
    <message>
        <source>Link %1 opens UDP 1434: ConfigMgr does not need the SQL Server Browser.</source>
        <translation>連結 %1 開放了 UDP 1434：Configuration Manager 不需要 SQL Server Browser。</translation>
    </message>
</context>
<context>
    <name>pp::ValueText</name>
    <message>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>modify</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>runtime, install</source>
        <translation>執行階段、安裝</translation>
    </message>
    <message>
        <source>install</source>
        <translation>安裝</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>執行階段</translation>
    </message>
    <message>
        <source>both ways (&lt;--&gt;)</source>
        <translation>雙向 (&lt;--&gt;)</translation>
    </message>
    <message>
        <source>one way (--&gt;)</source>
        <translation>單向 (--&gt;)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>hosts</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>services</source>
        <translation>服務</translation>
    </message>
</context>
<context>
    <name>pp::VendorObjects</name>
    <message>
        <source>%1 (%2): a removal; take it out by hand, this file only adds.</source>
        <translation>%1（%2）：這是移除項目；請手動移除，此檔案只做新增。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 has no address to scope a rule to; not written.</source>
        <translation>%1（%2）：%3 沒有可讓規則限定範圍的位址；未寫出。</translation>
    </message>
    <message>
        <source>subnet of zone %1</source>
        <translation>區域 %1 的子網路</translation>
    </message>
</context>
<context>
    <name>pp::XlsxWriter</name>
    <message>
        <source>openings</source>
        <translation>開放規則</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>flows</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>hosts</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>request</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>delta (only what changed)</source>
        <translation>差異 (僅變更部分)</translation>
    </message>
    <message>
        <source>full request</source>
        <translation>完整申請</translation>
    </message>
    <message>
        <source>Flows sheet</source>
        <translation>流量工作表</translation>
    </message>
    <message>
        <source>cut at Excel&apos;s %1 rows: %2 flows are not listed there (portplanner-cli flows --format csv lists them all)</source>
        <translation>在 Excel 的 %1 列處截斷：該處未列出 %2 個流量 (portplanner-cli flows --format csv 會全部列出)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>pp::app::CheckController</name>
    <message>
        <source>%1 opening(s) against %2: %3 allowed, %4 partly allowed, %5 missing.</source>
        <translation>%1 個開放項目對照 %2：%3 個已允許，%4 個部分允許，%5 個尚缺。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) reach ConfigMgr hosts wider than the design needs:</source>
        <translation>
            <numerusform>%n 條規則讓 ConfigMgr 主機的開放範圍超出設計所需：</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>附註：%1</translation>
    </message>
    <message>
        <source>The policy could not be read: %1</source>
        <translation>無法讀取原則：%1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1: %2</source>
        <translation>未匯入任何內容：%1：%2</translation>
    </message>
    <message>
        <source>Import verification results %1</source>
        <translation>匯入驗證結果 %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n verification result file(s)</source>
        <translation>
            <numerusform>匯入 %n 個驗證結果檔</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 result line(s) matched, %2 opening(s) updated.</source>
        <translation>%1 行結果相符，已更新 %2 個開放項目。</translation>
    </message>
    <message>
        <source>Audit against policy</source>
        <translation>對照防火牆原則稽核</translation>
    </message>
    <message>
        <source>Firewall policies (*.json *.rules *.txt *.pol *.xml *.csv);;All files (*)</source>
        <translation>防火牆原則 (*.json *.rules *.txt *.pol *.xml *.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import verification results</source>
        <translation>匯入驗證結果</translation>
    </message>
    <message>
        <source>Verification results (*.csv *.json);;All files (*)</source>
        <translation>驗證結果 (*.csv *.json);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>pp::app::DockLayout</name>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Site Hierarchy</source>
        <translation>站台階層</translation>
    </message>
    <message>
        <source>Flows and Openings</source>
        <translation>流量與開放規則</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Security Review</source>
        <translation>安全性審查</translation>
    </message>
    <message>
        <source>Boundary Groups</source>
        <translation>界限群組</translation>
    </message>
</context>
<context>
    <name>pp::app::DocumentFiles</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>The design has no file name yet.</source>
        <translation>此設計還沒有檔名。</translation>
    </message>
</context>
<context>
    <name>pp::app::EditController</name>
    <message numerus="yes">
        <source>Move %n host(s) to another zone</source>
        <translation>
            <numerusform>將 %n 台主機移到另一個區域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n host(s)</source>
        <translation>
            <numerusform>移動 %n 台主機</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is at the edge of its zone; drag it to move it to another zone.</source>
        <translation>%1 已在其區域邊緣；請拖曳以移到另一個區域。</translation>
    </message>
    <message>
        <source>%1 already carries that role.</source>
        <translation>%1 已具有該角色。</translation>
    </message>
    <message>
        <source>Add a zone first: hosts live in zones.</source>
        <translation>請先新增區域：主機必須位於區域中。</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>新增站台</translation>
    </message>
    <message>
        <source>Site code (three letters or digits):</source>
        <translation>站台代碼（三個字母或數字）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a free three-character site code.</source>
        <translation>「%1」不是可用的三字元站台代碼。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n item(s).</source>
        <translation>
            <numerusform>已複製 %n 個項目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-arrange</source>
        <translation>自動排列</translation>
    </message>
    <message>
        <source>This design has %1 hosts; arranging it may take minutes. Continue?</source>
        <translation>此設計有 %1 台主機，排列可能需要數分鐘。要繼續嗎？</translation>
    </message>
    <message>
        <source>Arranging with graphviz…</source>
        <translation>正在以 graphviz 排列…</translation>
    </message>
    <message>
        <source>%1 has no free space for another host: make it larger or drop the role where it should go.</source>
        <translation>%1 沒有空間再放一台主機：請將它放大，或將角色拖放到要放的位置。</translation>
    </message>
    <message>
        <source>%1 linked to %2 by interface %3, called &quot;%4&quot; on the device: rename it in Properties.</source>
        <translation>%1 已透過介面 %3 連接到 %2，裝置上稱為「%4」：可在屬性中重新命名。</translation>
    </message>
    <message>
        <source>Firewall %1 added: drag from its link handle (or Shift+drag it) to each zone it joins.</source>
        <translation>已新增防火牆 %1：請從其連接把手拖曳（或按住 Shift 拖曳裝置）到它所連接的每個區域。</translation>
    </message>
</context>
<context>
    <name>pp::app::ExportDialog</name>
    <message>
        <source>Compare with…</source>
        <translation>比較對象…</translation>
    </message>
    <message>
        <source>Whole design</source>
        <translation>整個設計</translation>
    </message>
    <message>
        <source>Export change request</source>
        <translation>匯出變更要求</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 活頁簿 (XLSX)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML 報告</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF 報告</translation>
    </message>
    <message>
        <source>Windows Defender Firewall script (PowerShell)</source>
        <translation>Windows Defender 防火牆指令碼 (PowerShell)</translation>
    </message>
    <message>
        <source>nftables ruleset</source>
        <translation>nftables 規則集</translation>
    </message>
    <message>
        <source>Diagram (SVG)</source>
        <translation>圖表 (SVG)</translation>
    </message>
    <message>
        <source>Diagram (PNG)</source>
        <translation>圖表 (PNG)</translation>
    </message>
    <message>
        <source>The whole design (no baseline)</source>
        <translation>整個設計（無基準）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Only changes since:</source>
        <translation>僅列出此後的變更：</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>匯出格式</translation>
    </message>
    <message>
        <source>Baseline design</source>
        <translation>基準設計</translation>
    </message>
    <message>
        <source>When set, the request asks only for what changed since this design</source>
        <translation>設定後，要求只列出自此設計以來的變更</translation>
    </message>
    <message>
        <source>Choose an earlier version of the design to compare with</source>
        <translation>選擇要比較的較早設計版本</translation>
    </message>
    <message>
        <source>Export the whole design again</source>
        <translation>再次匯出整個設計</translation>
    </message>
    <message>
        <source>Change request summary</source>
        <translation>變更要求摘要</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>自 %1 以來的變更</translation>
    </message>
    <message>
        <source>Compare with an earlier design</source>
        <translation>與較早的設計比較</translation>
    </message>
    <message>
        <source>PortPlanner designs (*.portplan)</source>
        <translation>PortPlanner 設計 (*.portplan)</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比較對象</translation>
    </message>
    <message>
        <source>%1 could not be read:
%2</source>
        <translation>無法讀取 %1：
%2</translation>
    </message>
    <message>
        <source>Since %1: %2 opening(s) to add, %3 to modify, %4 to remove; %5 unchanged.</source>
        <translation>自 %1 以來：新增 %2 個開放、修改 %3 個、移除 %4 個；%5 個未變更。</translation>
    </message>
    <message>
        <source>%1 request line(s) in %2 firewall rule(s).</source>
        <translation>%2 條防火牆規則中共 %1 行要求。</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Save change request</source>
        <translation>儲存變更要求</translation>
    </message>
    <message>
        <source>change-request</source>
        <translation>change-request</translation>
    </message>
    <message>
        <source>-change-request</source>
        <translation>-change-request</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 檔案 (*.%2)</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消匯出</translation>
    </message>
    <message>
        <source>Preparing the change request…</source>
        <translation>正在準備變更申請…</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>圖片預覽</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>匯出進度</translation>
    </message>
    <message>
        <source>Stop the export; no file is left behind</source>
        <translation>停止匯出；不會留下任何檔案</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>匯出結果</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>及另外 %1 項</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <source>Saved to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>已儲存至 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>&amp;Only openings the policy does not allow yet</source>
        <translation>只含原則尚未允許的開放規則(&amp;O)</translation>
    </message>
    <message>
        <source>Only the openings the audited policy does not allow yet, missing or partly allowed: the delta to file</source>
        <translation>只含稽核的原則尚未允許（尚缺或部分允許）的開放規則：要申請的差異</translation>
    </message>
    <message>
        <source>Only what the policy does not allow yet: %1 of %2 opening(s); %3 request line(s) in %4 firewall rule(s).</source>
        <translation>只含原則尚未允許的部分：%2 個開放規則中的 %1 個；%4 條防火牆規則中的 %3 行申請。</translation>
    </message>
</context>
<context>
    <name>pp::app::ExportTask</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>匯出已取消。</translation>
    </message>
</context>
<context>
    <name>pp::app::FileController</name>
    <message>
        <source>PortPlanner designs (*.portplan);;All files (*)</source>
        <translation>PortPlanner 設計 (*.portplan);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 有尚未儲存的變更。要先儲存嗎？</translation>
    </message>
    <message>
        <source>New design</source>
        <translation>新設計</translation>
    </message>
    <message>
        <source>Corporate LAN</source>
        <translation>公司區域網路</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>範例</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>無法開啟設計</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 could not be opened. Nothing was changed.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;p&gt;無法開啟 %1。未做任何變更。&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>無法開啟 %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已開啟 %1</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>開啟設計</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Save design as</source>
        <translation>另存設計</translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>一個未命名的設計</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>復原未儲存的變更</translation>
    </message>
    <message>
        <source>PortPlanner did not close properly. Recover the unsaved changes to %1 from %2?</source>
        <translation>PortPlanner 上次未正常關閉。要復原 %1 在 %2 時未儲存的變更嗎？</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>未從 %1 匯入任何內容：</translation>
    </message>
    <message>
        <source>%1 host(s) added, %2 already in the design gained roles, %3 site(s) added.</source>
        <translation>已新增 %1 部主機，設計中既有的 %2 部主機加入了角色，已新增 %3 個站台。</translation>
    </message>
    <message>
        <source>No zone&apos;s subnets hold these, so they wait in the zone &quot;Unassigned&quot;: %1</source>
        <translation>沒有任何區域的子網路包含下列主機，因此暫置於區域 &quot;Unassigned&quot;：%1</translation>
    </message>
    <message>
        <source>Role names with no catalog role, not imported: %1</source>
        <translation>目錄中沒有對應角色、未匯入的角色名稱：%1</translation>
    </message>
    <message>
        <source>Import inventory %1</source>
        <translation>匯入清查 %1</translation>
    </message>
    <message>
        <source>The design already had everything in it.</source>
        <translation>設計中已包含所有內容。</translation>
    </message>
    <message>
        <source>Import site inventory</source>
        <translation>匯入站台清查</translation>
    </message>
    <message>
        <source>Site-system inventory (*.csv);;All files (*)</source>
        <translation>站台系統清查 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已匯出 %1</translation>
    </message>
    <message>
        <source>Export review record</source>
        <translation>匯出審查紀錄</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML 網頁 (*.html)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) renamed</source>
        <translation>
            <numerusform>已重新命名 %n 個群組</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::app::GroupNamesDialog</name>
    <message>
        <source>Group Names</source>
        <translation>群組名稱</translation>
    </message>
    <message>
        <source>The names the change request and every vendor policy give each object and service group. Type a name to use your own; leave it empty for the name PortPlanner gives. Names a platform cannot take are shortened or changed at export, with a warning.</source>
        <translation>變更申請與各廠牌原則為每個物件群組與服務群組使用的名稱。輸入名稱即可改用自己的名稱；留空則使用 PortPlanner 給的名稱。平台無法接受的名稱會在匯出時縮短或更改，並提出警告。</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>篩選群組</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>原有名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Object and service groups</source>
        <translation>物件與服務群組</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>留空：%1</translation>
    </message>
</context>
<context>
    <name>pp::app::MainWindow</name>
    <message>
        <source>Flow summary</source>
        <translation>流量摘要</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>分析狀態</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>縮放比例</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>縮放 %1%</translation>
    </message>
    <message>
        <source>No translation for %1 is installed.</source>
        <translation>未安裝 %1 的翻譯。</translation>
    </message>
    <message>
        <source>About PortPlanner</source>
        <translation>關於 PortPlanner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PortPlanner %1&lt;/h3&gt;&lt;p&gt;Firewall planning for Configuration Manager hierarchies.&lt;/p&gt;&lt;p&gt;Port facts: &lt;i&gt;Ports used in Configuration Manager&lt;/i&gt; (Microsoft Docs, zh-TW, 2017); every flow names its section anchor.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PortPlanner %1&lt;/h3&gt;&lt;p&gt;Configuration Manager 階層的防火牆規劃工具。&lt;/p&gt;&lt;p&gt;連接埠資料來源：&lt;i&gt;System Center Configuration Manager 中使用的連接埠&lt;/i&gt;（Microsoft Docs，繁體中文，2017）；每條流量都標示其章節錨點。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 flows, %2 crossing, %3 openings</source>
        <translation>%1 條流量，%2 條跨區域，%3 個開放規則</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 個錯誤</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 個錯誤</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 個警告</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 個警告</translation>
    </message>
    <message numerus="yes">
        <source>Firewall %1: %n opening(s) on this device</source>
        <translation>
            <numerusform>防火牆 %1：此裝置上有 %n 個開放規則</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%2 於 %3 %1</translation>
    </message>
    <message>
        <source>Needs re-review: the opening changed after this decision.</source>
        <translation>需要重新審查：此開放規則在決定後已變更。</translation>
    </message>
</context>
<context>
    <name>pp::app::WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <source>Start a blank design</source>
        <translation>建立空白設計</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a .portplan design</source>
        <translation>開啟 .portplan 設計</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the design</source>
        <translation>儲存設計</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the design under another name</source>
        <translation>以其他名稱儲存設計</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Close PortPlanner</source>
        <translation>關閉 PortPlanner</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>Cut the selected hosts and zones</source>
        <translation>剪下選取的主機與區域</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected hosts and zones</source>
        <translation>複製選取的主機與區域</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Paste hosts and zones; into the selected zone when there is one</source>
        <translation>貼上主機與區域；若有選取區域則貼入該區域</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected hosts and zones</source>
        <translation>刪除選取的主機與區域</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>Select every host</source>
        <translation>選取所有主機</translation>
    </message>
    <message>
        <source>&amp;Find Role…</source>
        <translation>尋找角色(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the role palette; Enter picks the first match, Enter again adds it</source>
        <translation>搜尋角色面板；按 Enter 選取第一個符合項目，再按一次 Enter 加入</translation>
    </message>
    <message>
        <source>Add &amp;Site…</source>
        <translation>新增站台(&amp;S)…</translation>
    </message>
    <message>
        <source>Add a site below the one selected in the site hierarchy</source>
        <translation>在站台階層中選取的站台下新增站台</translation>
    </message>
    <message>
        <source>Lay out zones and hosts with graphviz</source>
        <translation>以 graphviz 排列區域與主機</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>符合視窗(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole design</source>
        <translation>顯示整個設計</translation>
    </message>
    <message>
        <source>Show connections that stay inside a zone</source>
        <translation>顯示不跨越區域的連線</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>貼齊格線(&amp;G)</translation>
    </message>
    <message>
        <source>Align moved hosts and zones to the grid</source>
        <translation>將移動的主機與區域對齊格線</translation>
    </message>
    <message>
        <source>Show G&amp;rid</source>
        <translation>顯示格線(&amp;R)</translation>
    </message>
    <message>
        <source>Draw the grid behind the design</source>
        <translation>在設計後方繪製格線</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>顯示圖例(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About PortPlanner</source>
        <translation>關於 PortPlanner(&amp;A)</translation>
    </message>
    <message>
        <source>Version and sources</source>
        <translation>版本與資料來源</translation>
    </message>
    <message>
        <source>Export &amp;Change Request…</source>
        <translation>匯出變更要求(&amp;C)…</translation>
    </message>
    <message>
        <source>The firewall change request in a format the firewall team takes, previewed first</source>
        <translation>以防火牆小組採用的格式匯出防火牆變更要求，先行預覽</translation>
    </message>
    <message>
        <source>&amp;Import Site Inventory…</source>
        <translation>匯入站台清查(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the site systems of an existing site from a ConfigMgr inventory CSV (ServerName, SiteCode, RoleName)</source>
        <translation>從 ConfigMgr 清查 CSV（ServerName、SiteCode、RoleName）加入現有站台的站台系統</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>比較(&amp;M)…</translation>
    </message>
    <message>
        <source>Only what changed since an earlier version of the design</source>
        <translation>只列出自較早設計版本以來的變更</translation>
    </message>
    <message>
        <source>Start or Resume &amp;Walkthrough</source>
        <translation>開始或繼續逐項審查(&amp;W)</translation>
    </message>
    <message>
        <source>Step through every boundary crossing, highest risk first</source>
        <translation>逐一檢視每個跨區連線，風險最高者優先</translation>
    </message>
    <message>
        <source>Export Review &amp;Record…</source>
        <translation>匯出審查紀錄(&amp;R)…</translation>
    </message>
    <message>
        <source>Who decided what and when, as an HTML page</source>
        <translation>以 HTML 網頁列出誰在何時做了什麼決定</translation>
    </message>
    <message>
        <source>&amp;Internal Zone</source>
        <translation>內部區域(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Perimeter Zone (DMZ)</source>
        <translation>周邊網路區域 (DMZ)(&amp;P)</translation>
    </message>
    <message>
        <source>I&amp;nternet Zone</source>
        <translation>網際網路區域(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Cloud Zone</source>
        <translation>雲端區域(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Branch Zone</source>
        <translation>分公司區域(&amp;B)</translation>
    </message>
    <message>
        <source>Add Zone</source>
        <translation>新增區域</translation>
    </message>
    <message>
        <source>Internal Connections</source>
        <translation>區域內連線</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>New from &amp;Example</source>
        <translation>從範例新增(&amp;E)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟的檔案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Add &amp;Zone</source>
        <translation>新增區域(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>審查(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>復原 %1(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>取消復原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>取消復原 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>取消復原</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Transit Zone (WAN)</source>
        <translation>傳輸區域 (WAN)(&amp;T)</translation>
    </message>
    <message>
        <source>Save the diagram as drawn: SVG, PNG, PDF or draw.io</source>
        <translation>依畫面所繪儲存圖表：SVG、PNG、PDF 或 draw.io</translation>
    </message>
    <message>
        <source>Add Fire&amp;wall</source>
        <translation>新增防火牆(&amp;W)</translation>
    </message>
    <message>
        <source>Explain the canvas&apos;s lines, badges and cards in a corner of the view</source>
        <translation>在檢視的角落說明畫布上的線條、標章與卡片</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>自動(&amp;A)</translation>
    </message>
    <message>
        <source>Zone trunks when the whole design is in view, host connections zoomed in</source>
        <translation>顯示整個設計時為區域幹線，放大後為主機連線</translation>
    </message>
    <message>
        <source>&amp;Zone Trunks</source>
        <translation>區域幹線(&amp;Z)</translation>
    </message>
    <message>
        <source>One line per pair of zones, with its openings and main ports</source>
        <translation>每對區域一條線，標示其開放規則與主要連接埠</translation>
    </message>
    <message>
        <source>&amp;Host Connections</source>
        <translation>主機連線(&amp;H)</translation>
    </message>
    <message>
        <source>One line per pair of hosts, routed around the cards</source>
        <translation>每對主機一條線，繞過卡片</translation>
    </message>
    <message>
        <source>Connection &amp;Detail</source>
        <translation>連線詳細程度(&amp;D)</translation>
    </message>
    <message>
        <source>Audi&amp;t Against Policy…</source>
        <translation>對照原則稽核(&amp;T)…</translation>
    </message>
    <message>
        <source>Which openings an existing firewall policy already allows (nftables JSON, iptables-save, Capirca, PAN-OS XML, CSV)</source>
        <translation>現有防火牆原則已允許哪些開放項目（nftables JSON、iptables-save、Capirca、PAN-OS XML、CSV）</translation>
    </message>
    <message>
        <source>Import &amp;Verification Results…</source>
        <translation>匯入驗證結果(&amp;V)…</translation>
    </message>
    <message>
        <source>Read what the verification scripts found: each opening verified, failed or untested</source>
        <translation>讀取驗證指令碼的結果：每個開放項目為已驗證、失敗或未測試</translation>
    </message>
    <message>
        <source>Export &amp;Diagram…</source>
        <translation>匯出圖表(&amp;D)…</translation>
    </message>
    <message>
        <source>Aut&amp;o-Arrange</source>
        <translation>自動排列(&amp;O)</translation>
    </message>
    <message>
        <source>Show Internal &amp;Connections</source>
        <translation>顯示區域內連線(&amp;C)</translation>
    </message>
    <message>
        <source>Reset La&amp;yout</source>
        <translation>重設版面配置(&amp;Y)</translation>
    </message>
    <message>
        <source>Put every panel back where it was at first, at its first size</source>
        <translation>將每個面板放回最初的位置與大小</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>語言(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Group Names…</source>
        <translation>群組名稱(&amp;G)…</translation>
    </message>
    <message>
        <source>Give the change request&apos;s object and service groups your own names</source>
        <translation>為變更申請的物件群組與服務群組取自己的名稱</translation>
    </message>
    <message>
        <source>Add a firewall device; link it to zones by dragging from its link handle</source>
        <translation>新增防火牆裝置；從其連接把手拖曳以將它連接到區域</translation>
    </message>
</context>
<context>
    <name>pp::diagram::Legend</name>
    <message>
        <source>crosses a zone boundary</source>
        <translation>跨越區域邊界</translation>
    </message>
    <message>
        <source>stays inside a zone</source>
        <translation>位於區域內</translation>
    </message>
    <message>
        <source>boundary-group fallback only</source>
        <translation>僅經由界限群組後援</translation>
    </message>
    <message>
        <source>during installation only</source>
        <translation>僅於安裝期間</translation>
    </message>
    <message>
        <source>trunk between two zones: openings · main ports</source>
        <translation>兩區域間的幹線：開放規則數 · 主要連接埠</translation>
    </message>
    <message>
        <source>arrowhead: the side that answers</source>
        <translation>箭頭：回應的一方</translation>
    </message>
    <message>
        <source>selected connection</source>
        <translation>已選取的連線</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>questioned</source>
        <translation>有疑問</translation>
    </message>
    <message>
        <source>needs re-review (changed since decided)</source>
        <translation>需重新審查（決定後已變更）</translation>
    </message>
    <message>
        <source>no badge: not reviewed yet</source>
        <translation>無標章：尚未審查</translation>
    </message>
    <message>
        <source>site system</source>
        <translation>站台系統</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>用戶端</translation>
    </message>
    <message>
        <source>service outside ConfigMgr</source>
        <translation>ConfigMgr 以外的服務</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>防火牆</translation>
    </message>
    <message>
        <source>path of the selection, device by device</source>
        <translation>所選項目的路徑，逐一裝置</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>線條</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審查</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>已允許</translation>
    </message>
    <message>
        <source>partly allowed</source>
        <translation>部分允許</translation>
    </message>
    <message>
        <source>not allowed yet</source>
        <translation>尚未允許</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已驗證</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>untested</source>
        <translation>未測試</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>原則</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Policy: allowed: the existing policy allows all of it</source>
        <translation>原則：已允許：現有原則已全部允許</translation>
    </message>
    <message>
        <source>Policy: partial: the existing policy allows only part of it</source>
        <translation>原則：部分允許：現有原則只允許其中一部分</translation>
    </message>
    <message>
        <source>Policy: missing: the existing policy does not allow it yet</source>
        <translation>原則：尚缺：現有原則尚未允許</translation>
    </message>
    <message>
        <source>Verification: verified: every check connected</source>
        <translation>驗證：已驗證：每項檢查都連線成功</translation>
    </message>
    <message>
        <source>Verification: failed: a check could not connect</source>
        <translation>驗證：失敗：有檢查無法連線</translation>
    </message>
    <message>
        <source>Verification: untested: no check proves it yet</source>
        <translation>驗證：未測試：尚無檢查證實</translation>
    </message>
</context>
<context>
    <name>pp::views::BoundaryGroupsPanel</name>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Assigned site:</source>
        <translation>指派的站台：</translation>
    </message>
    <message>
        <source>Subnets:</source>
        <translation>子網路：</translation>
    </message>
    <message>
        <source>Zones inside its boundaries:</source>
        <translation>界限內的區域：</translation>
    </message>
    <message>
        <source>Site systems (DP, MP, SUP, SMP):</source>
        <translation>站台系統（發佈點、管理點、軟體更新點、狀態移轉點）：</translation>
    </message>
    <message>
        <source>Fallback to neighbour groups:</source>
        <translation>後援至鄰近群組：</translation>
    </message>
    <message>
        <source>New boundary group</source>
        <translation>新增界限群組</translation>
    </message>
    <message>
        <source>Add boundary group</source>
        <translation>新增界限群組</translation>
    </message>
    <message>
        <source>Delete boundary group</source>
        <translation>刪除界限群組</translation>
    </message>
    <message>
        <source>Rename boundary group</source>
        <translation>重新命名界限群組</translation>
    </message>
    <message>
        <source>Assign boundary group to a site</source>
        <translation>將界限群組指派給站台</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet in CIDR form (e.g. 10.1.0.0/24).</source>
        <translation>「%1」不是 CIDR 格式的子網路（例如 10.1.0.0/24）。</translation>
    </message>
    <message>
        <source>Edit boundary group subnets</source>
        <translation>編輯界限群組子網路</translation>
    </message>
    <message>
        <source>Edit boundary group zones</source>
        <translation>編輯界限群組區域</translation>
    </message>
    <message>
        <source>Not a distribution, management, software update or state migration point: %1</source>
        <translation>不是發佈點、管理點、軟體更新點或狀態移轉點：%1</translation>
    </message>
    <message>
        <source>Add site systems to boundary group</source>
        <translation>將站台系統加入界限群組</translation>
    </message>
    <message>
        <source>Remove site system from boundary group</source>
        <translation>從界限群組移除站台系統</translation>
    </message>
    <message>
        <source>Add a second boundary group to fall back to.</source>
        <translation>請先新增第二個界限群組作為後援對象。</translation>
    </message>
    <message>
        <source>Add fallback relation</source>
        <translation>新增後援關係</translation>
    </message>
    <message>
        <source>Remove fallback relation</source>
        <translation>移除後援關係</translation>
    </message>
    <message>
        <source>Allow fallback to the site default group</source>
        <translation>允許後援至站台預設群組</translation>
    </message>
    <message>
        <source>Forbid fallback to the site default group</source>
        <translation>禁止後援至站台預設群組</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>新增群組(&amp;N)</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>刪除群組</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Add selected hosts</source>
        <translation>加入選取的主機</translation>
    </message>
    <message>
        <source>Remove system</source>
        <translation>移除系統</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>新增後援</translation>
    </message>
    <message>
        <source>Remove fallback</source>
        <translation>移除後援</translation>
    </message>
    <message>
        <source>Fall back to the site default group (all the site&apos;s systems)</source>
        <translation>後援至站台預設群組（該站台的所有系統）</translation>
    </message>
    <message>
        <source>Boundary groups</source>
        <translation>界限群組</translation>
    </message>
    <message>
        <source>The design&apos;s boundary groups; select one to edit it and to tint its zones</source>
        <translation>設計中的界限群組；選取一個即可編輯，並在畫布上標示其區域</translation>
    </message>
    <message>
        <source>Also removes the other groups&apos; fallback relations to it</source>
        <translation>其他群組指向它的後援關係也會一併移除</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群組名稱</translation>
    </message>
    <message>
        <source>Assigned site</source>
        <translation>指派的站台</translation>
    </message>
    <message>
        <source>The site clients in this group are assigned to</source>
        <translation>此群組內用戶端所指派的站台</translation>
    </message>
    <message>
        <source>Subnet boundaries</source>
        <translation>子網路界限</translation>
    </message>
    <message>
        <source>CIDR subnets, separated by commas</source>
        <translation>CIDR 子網路，以逗號分隔</translation>
    </message>
    <message>
        <source>Zone boundaries</source>
        <translation>區域界限</translation>
    </message>
    <message>
        <source>Check the zones inside this group&apos;s boundaries</source>
        <translation>勾選位於此群組界限內的區域</translation>
    </message>
    <message>
        <source>Site systems</source>
        <translation>站台系統</translation>
    </message>
    <message>
        <source>The distribution, management, software update and state migration points of the group</source>
        <translation>此群組的發佈點、管理點、軟體更新點與狀態移轉點</translation>
    </message>
    <message>
        <source>Site system to add</source>
        <translation>要加入的站台系統</translation>
    </message>
    <message>
        <source>Choose a site system, then Add</source>
        <translation>選擇站台系統，然後按「加入」</translation>
    </message>
    <message>
        <source>Add the chosen site system</source>
        <translation>加入所選的站台系統</translation>
    </message>
    <message>
        <source>Add the hosts selected on the canvas</source>
        <translation>加入畫布上選取的主機</translation>
    </message>
    <message>
        <source>Remove the selected site system</source>
        <translation>移除選取的站台系統</translation>
    </message>
    <message>
        <source>Fallback relations</source>
        <translation>後援關係</translation>
    </message>
    <message>
        <source>Neighbour groups clients may use, per role, after some minutes or never</source>
        <translation>用戶端可依角色在若干分鐘後使用（或永不使用）的鄰近群組</translation>
    </message>
    <message>
        <source>Add a fallback relation</source>
        <translation>新增後援關係</translation>
    </message>
    <message>
        <source>Remove the selected fallback relation</source>
        <translation>移除選取的後援關係</translation>
    </message>
    <message>
        <source>Fall back to the site default group</source>
        <translation>後援至站台預設群組</translation>
    </message>
    <message>
        <source>When checked, clients finally use all systems of their site</source>
        <translation>勾選時，用戶端最後會使用其站台的所有系統</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
</context>
<context>
    <name>pp::views::CanvasLegend</name>
    <message>
        <source>Canvas legend</source>
        <translation>畫布圖例</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>已選取</translation>
    </message>
    <message>
        <source>at an end of the selected connection</source>
        <translation>位於所選連線的一端</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message numerus="yes">
        <source>+%n more: see the Roles palette</source>
        <translation>
            <numerusform>另有 %n 個：請見角色面板</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pp::views::ConnectionText</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…另有 %n 條</numerusform>
        </translation>
    </message>
    <message>
        <source>Crossing connection</source>
        <translation>跨區域連線</translation>
    </message>
    <message>
        <source>Connection inside a zone</source>
        <translation>區域內連線</translation>
    </message>
    <message>
        <source>Trunk %1 ↔ %2</source>
        <translation>幹線 %1 ↔ %2</translation>
    </message>
    <message>
        <source>Review: %1 of %2 openings approved</source>
        <translation>審查：%2 個開放規則中已核准 %1 個</translation>
    </message>
    <message>
        <source>Zoom in to see the hosts behind it.</source>
        <translation>放大以查看其後的主機。</translation>
    </message>
    <message>
        <source>(%1 of %2 openings allowed)</source>
        <translation>（%2 個開放規則中已允許 %1 個）</translation>
    </message>
    <message>
        <source>(%1 of %2 openings verified)</source>
        <translation>（%2 個開放規則中已驗證 %1 個）</translation>
    </message>
</context>
<context>
    <name>pp::views::DesignEditor</name>
    <message>
        <source>Design &amp;name:</source>
        <translation>設計名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>The design&apos;s title, shown in exports</source>
        <translation>設計的標題，會顯示在匯出內容中</translation>
    </message>
    <message>
        <source>RPC dynamic range:</source>
        <translation>RPC 動態範圍：</translation>
    </message>
    <message>
        <source>Note 6: the dynamic RPC range of every host unless a host sets its own</source>
        <translation>附註 6：所有主機的動態 RPC 範圍，除非主機另行設定</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>變更申請</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>單號(&amp;T)：</translation>
    </message>
    <message>
        <source>Ticket number of the firewall change request</source>
        <translation>防火牆變更申請的單號</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>申請人(&amp;R)：</translation>
    </message>
    <message>
        <source>Who asks for the change</source>
        <translation>提出變更的人</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>負責人(&amp;O)：</translation>
    </message>
    <message>
        <source>Who owns the rules once in place</source>
        <translation>規則上線後的負責人</translation>
    </message>
    <message>
        <source>Requested &amp;date:</source>
        <translation>申請日期(&amp;D)：</translation>
    </message>
    <message>
        <source>ISO date, e.g. 2026-11-25</source>
        <translation>ISO 日期，例如 2026-11-25</translation>
    </message>
    <message>
        <source>Review or e&amp;xpiry date:</source>
        <translation>複查或到期日(&amp;X)：</translation>
    </message>
    <message>
        <source>ISO date when the rules are reviewed or expire</source>
        <translation>規則複查或到期的 ISO 日期</translation>
    </message>
    <message>
        <source>Implementation &amp;window:</source>
        <translation>實施時段(&amp;W)：</translation>
    </message>
    <message>
        <source>Free text, e.g. Sat 22:00-02:00</source>
        <translation>自由文字，例如 週六 22:00-02:00</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>預設 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port range such as 49152-65535.</source>
        <translation>「%1」不是像 49152-65535 這樣的連接埠範圍。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-11-25.</source>
        <translation>「%1」不是像 2026-11-25 這樣的日期。</translation>
    </message>
    <message>
        <source>Port &amp;catalog:</source>
        <translation>連接埠類別目錄(&amp;C)：</translation>
    </message>
    <message>
        <source>Which edition of Microsoft&apos;s ports page the flows follow</source>
        <translation>流程依循哪個版本的 Microsoft 連接埠頁面</translation>
    </message>
</context>
<context>
    <name>pp::views::DesignScene</name>
    <message>
        <source>Hosts must be dropped inside a zone.</source>
        <translation>主機必須放在區域內。</translation>
    </message>
    <message>
        <source>The zone would leave some of its hosts outside; move them first.</source>
        <translation>區域會讓部分主機落在外面；請先移動這些主機。</translation>
    </message>
    <message>
        <source>Link to Zone</source>
        <translation>連接到區域</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>中斷連接</translation>
    </message>
    <message>
        <source>Let go of the link inside a zone: the firewall gets an interface in that zone.</source>
        <translation>請在區域內放開連接線：防火牆會在該區域取得一個介面。</translation>
    </message>
    <message>
        <source>%1 already has an interface in %2 (%3): edit it in Properties.</source>
        <translation>%1 在 %2 已有介面（%3）：請在屬性中編輯。</translation>
    </message>
</context>
<context>
    <name>pp::views::DesignView</name>
    <message>
        <source>Design canvas</source>
        <translation>設計畫布</translation>
    </message>
    <message>
        <source>Add a zone (Edit › Add Zone), then drag roles from the palette into it.
Or start from an example: File › New from Example.</source>
        <translation>請新增區域（編輯 › 新增區域），再從角色面板將角色拖曳到其中。
或從範例開始：檔案 › 從範例新增。</translation>
    </message>
    <message>
        <source>Network zones and the hosts placed in them, with the connections between hosts. Drop roles and firewalls from the palette here; arrow keys move the selected hosts (or scroll), Ctrl+plus and Ctrl+minus zoom, Delete removes the selection.</source>
        <translation>網路區域與其中的主機，以及主機之間的連線。可將角色與防火牆從面板拖放到這裡；方向鍵移動選取的主機（或捲動），Ctrl+加號與 Ctrl+減號縮放，Delete 刪除選取範圍。</translation>
    </message>
</context>
<context>
    <name>pp::views::FallbackTable</name>
    <message>
        <source>Neighbour</source>
        <translation>鄰近群組</translation>
    </message>
    <message>
        <source>DP</source>
        <translation>發佈點</translation>
    </message>
    <message>
        <source>MP</source>
        <translation>管理點</translation>
    </message>
    <message>
        <source>SUP</source>
        <translation>軟體更新點</translation>
    </message>
    <message>
        <source>SMP</source>
        <translation>狀態移轉點</translation>
    </message>
    <message>
        <source>After (min)</source>
        <translation>等待（分鐘）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Edit fallback neighbour</source>
        <translation>編輯後援鄰近群組</translation>
    </message>
    <message>
        <source>Edit fallback roles</source>
        <translation>編輯後援角色</translation>
    </message>
    <message>
        <source>Edit fallback time</source>
        <translation>編輯後援時間</translation>
    </message>
    <message>
        <source>Never fall back</source>
        <translation>永不後援</translation>
    </message>
    <message>
        <source>Fall back after some minutes</source>
        <translation>若干分鐘後後援</translation>
    </message>
</context>
<context>
    <name>pp::views::FindingsModel</name>
    <message>
        <source>Error: </source>
        <translation>錯誤：</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
</context>
<context>
    <name>pp::views::FirewallEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>The device&apos;s name in change requests and on the canvas</source>
        <translation>裝置在變更申請與畫布上的名稱</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>識別碼：</translation>
    </message>
    <message>
        <source>What files and the command line call the device</source>
        <translation>檔案與命令列稱呼此裝置的名稱</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>The device&apos;s platform: its change request is written in that platform&apos;s format</source>
        <translation>裝置的平台：它的變更申請以該平台的格式撰寫</translation>
    </message>
    <message>
        <source>&amp;Management address:</source>
        <translation>管理位址(&amp;M)：</translation>
    </message>
    <message>
        <source>IP address or host name the firewall team manages the device by; may be empty</source>
        <translation>防火牆團隊管理此裝置所用的 IP 位址或主機名稱；可留空</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>介面</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>介面</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Name on device</source>
        <translation>裝置上的名稱</translation>
    </message>
    <message>
        <source>The device&apos;s interfaces: each sits in one zone</source>
        <translation>裝置的介面：每個介面位於一個區域</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>介面(&amp;I)：</translation>
    </message>
    <message>
        <source>The device&apos;s own name for the port, e.g. ethernet1/1 or port3</source>
        <translation>裝置對此連接埠的名稱，例如 ethernet1/1 或 port3</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>區域(&amp;Z)：</translation>
    </message>
    <message>
        <source>The zone this interface sits in</source>
        <translation>此介面所在的區域</translation>
    </message>
    <message>
        <source>Zone name on &amp;device:</source>
        <translation>裝置上的區域名稱(&amp;D)：</translation>
    </message>
    <message>
        <source>What the device calls that zone (security zone or nameif); empty uses the zone&apos;s id</source>
        <translation>裝置對該區域的稱呼（安全區域或 nameif）；留空則使用區域的識別碼</translation>
    </message>
    <message>
        <source>&amp;Add interface</source>
        <translation>新增介面(&amp;A)</translation>
    </message>
    <message>
        <source>Add interface</source>
        <translation>新增介面</translation>
    </message>
    <message>
        <source>Link the device to another zone; choose the zone in the fields above</source>
        <translation>將裝置連接到另一個區域；在上方欄位選擇區域</translation>
    </message>
    <message>
        <source>Remove interface</source>
        <translation>移除介面</translation>
    </message>
    <message>
        <source>Unlink the device from the chosen interface&apos;s zone</source>
        <translation>中斷裝置與所選介面之區域的連接</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>開放規則</translation>
    </message>
    <message>
        <source>&amp;Show in table</source>
        <translation>在表格中顯示(&amp;S)</translation>
    </message>
    <message>
        <source>Show this device&apos;s openings</source>
        <translation>顯示此裝置的開放規則</translation>
    </message>
    <message>
        <source>Filter the Openings table to the rules this device needs</source>
        <translation>將開放規則表格篩選為此裝置需要的規則</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message numerus="yes">
        <source>%n opening(s) on this device</source>
        <translation>
            <numerusform>此裝置上有 %n 個開放規則</numerusform>
        </translation>
    </message>
    <message>
        <source>Name: control characters cannot be part of a device&apos;s name.</source>
        <translation>名稱：裝置名稱不能包含控制字元。</translation>
    </message>
    <message>
        <source>Management address: &quot;%1&quot; is not an IP address or a host name.</source>
        <translation>管理位址：「%1」不是 IP 位址或主機名稱。</translation>
    </message>
    <message>
        <source>Interface: give the port&apos;s name on the device, e.g. ethernet1/1.</source>
        <translation>介面：請輸入裝置上的連接埠名稱，例如 ethernet1/1。</translation>
    </message>
    <message>
        <source>Interface: the device has another interface called &quot;%1&quot;.</source>
        <translation>介面：此裝置已有另一個名為「%1」的介面。</translation>
    </message>
    <message>
        <source>Zone name on device: control characters cannot be part of it.</source>
        <translation>裝置上的區域名稱：不能包含控制字元。</translation>
    </message>
    <message>
        <source>Zone: choose the zone the interface sits in.</source>
        <translation>區域：請選擇介面所在的區域。</translation>
    </message>
    <message>
        <source>Add a zone first: an interface sits in a zone.</source>
        <translation>請先新增區域：介面必須位於區域中。</translation>
    </message>
    <message>
        <source>Remove in&amp;terface</source>
        <translation>移除介面(&amp;T)</translation>
    </message>
</context>
<context>
    <name>pp::views::FlowTableModel</name>
    <message>
        <source>From</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>From zone</source>
        <translation>來源區域</translation>
    </message>
    <message>
        <source>To zone</source>
        <translation>目的區域</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Seed section</source>
        <translation>文件章節</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>跨區域</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>來由</translation>
    </message>
    <message>
        <source>boundary fallback</source>
        <translation>界限群組後援</translation>
    </message>
    <message>
        <source>manual link</source>
        <translation>手動連線</translation>
    </message>
    <message>
        <source>catalog rule</source>
        <translation>目錄規則</translation>
    </message>
    <message>
        <source>Host id: %1</source>
        <translation>主機識別碼：%1</translation>
    </message>
    <message>
        <source>Zone id: %1</source>
        <translation>區域識別碼：%1</translation>
    </message>
</context>
<context>
    <name>pp::views::FlowsPanel</name>
    <message>
        <source>Openings</source>
        <translation>開放規則</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Crossing only</source>
        <translation>僅跨區域</translation>
    </message>
    <message>
        <source>Show only flows that cross a zone boundary</source>
        <translation>只顯示跨越區域界限的流量</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Seed ref (BKMK_…)</source>
        <translation>文件錨點 (BKMK_…)</translation>
    </message>
    <message>
        <source>Source zone</source>
        <translation>來源區域</translation>
    </message>
    <message>
        <source>Destination zone</source>
        <translation>目的區域</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>Hide flows that stay inside one zone</source>
        <translation>隱藏位於同一區域內的流量</translation>
    </message>
    <message>
        <source>Source zone filter</source>
        <translation>來源區域篩選</translation>
    </message>
    <message>
        <source>Show only rows starting in this zone</source>
        <translation>只顯示從此區域發起的列</translation>
    </message>
    <message>
        <source>Destination zone filter</source>
        <translation>目的區域篩選</translation>
    </message>
    <message>
        <source>Show only rows ending in this zone</source>
        <translation>只顯示以此區域為目的地的列</translation>
    </message>
    <message>
        <source>Host filter</source>
        <translation>主機篩選</translation>
    </message>
    <message>
        <source>Protocol filter</source>
        <translation>通訊協定篩選</translation>
    </message>
    <message>
        <source>TCP, UDP or ICMP</source>
        <translation>TCP、UDP 或 ICMP</translation>
    </message>
    <message>
        <source>Port filter</source>
        <translation>連接埠篩選</translation>
    </message>
    <message>
        <source>Show only rows whose port or range includes this port</source>
        <translation>只顯示連接埠或範圍包含此連接埠的列</translation>
    </message>
    <message>
        <source>Seed section filter</source>
        <translation>文件章節篩選</translation>
    </message>
    <message>
        <source>Show only rows whose seed anchor contains this text</source>
        <translation>只顯示文件錨點包含此文字的列</translation>
    </message>
    <message>
        <source>Flows table</source>
        <translation>流量表</translation>
    </message>
    <message>
        <source>Every connection the design needs; selecting rows selects them on the canvas</source>
        <translation>設計所需的每一條連線；選取列時會在畫布上選取</translation>
    </message>
    <message>
        <source>Openings table</source>
        <translation>開放規則表</translation>
    </message>
    <message>
        <source>Firewall openings grouped by zone pair and port</source>
        <translation>依區域組合與連接埠分組的防火牆開放規則</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>列數</translation>
    </message>
    <message>
        <source>How many rows the filters show</source>
        <translation>篩選後顯示的列數</translation>
    </message>
    <message>
        <source>%1 of %2 flows</source>
        <translation>%1 / %2 條流量</translation>
    </message>
    <message>
        <source>%1 of %2 openings</source>
        <translation>%1 / %2 個開放規則</translation>
    </message>
    <message>
        <source>Flows and openings</source>
        <translation>流量與開放規則</translation>
    </message>
    <message>
        <source>Openings (firewall rules) or the individual flows behind them</source>
        <translation>開放規則（防火牆規則）或其背後的個別流量</translation>
    </message>
    <message>
        <source>Connections left out</source>
        <translation>省略的連線</translation>
    </message>
    <message>
        <source>Connections internet-based clients cannot use, and why</source>
        <translation>以網際網路為基礎的用戶端無法使用的連線及其原因</translation>
    </message>
    <message>
        <source>Left out for internet-based clients</source>
        <translation>為以網際網路為基礎的用戶端省略</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>任何審查狀態</translation>
    </message>
    <message>
        <source>Undecided (pending or needs re-review)</source>
        <translation>未決定 (待審查或需要重新審查)</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>審查狀態</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>防火牆</translation>
    </message>
    <message>
        <source>Show only rows naming a host whose name or id contains this text</source>
        <translation>只顯示名稱或識別碼包含此文字之主機的列</translation>
    </message>
    <message>
        <source>Review filter</source>
        <translation>審查篩選</translation>
    </message>
    <message>
        <source>Show only openings in this state of the security review</source>
        <translation>只顯示安全性審查處於此狀態的開放規則</translation>
    </message>
    <message>
        <source>Firewall filter</source>
        <translation>防火牆篩選</translation>
    </message>
    <message>
        <source>Show only rows that pass this firewall</source>
        <translation>只顯示通過此防火牆的列</translation>
    </message>
    <message>
        <source>Any firewall</source>
        <translation>任何防火牆</translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation>省略的連線 (%1)</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>任何通訊協定</translation>
    </message>
    <message>
        <source>From any zone</source>
        <translation>來自任何區域</translation>
    </message>
    <message>
        <source>To any zone</source>
        <translation>前往任何區域</translation>
    </message>
    <message>
        <source>What the audited policy allows</source>
        <translation>稽核的原則允許什麼</translation>
    </message>
    <message>
        <source>Policy filter</source>
        <translation>原則篩選</translation>
    </message>
    <message>
        <source>Show only openings the audited policy allows, partly allows or does not allow yet</source>
        <translation>只顯示稽核的原則已允許、部分允許或尚未允許的開放規則</translation>
    </message>
    <message>
        <source>Any policy state</source>
        <translation>任何原則狀態</translation>
    </message>
    <message>
        <source>Not allowed yet (missing or partial)</source>
        <translation>尚未允許（尚缺或部分允許）</translation>
    </message>
    <message>
        <source>Allowed by the policy</source>
        <translation>原則已允許</translation>
    </message>
    <message>
        <source>Partly allowed</source>
        <translation>部分允許</translation>
    </message>
    <message>
        <source>Missing from the policy</source>
        <translation>原則尚缺</translation>
    </message>
</context>
<context>
    <name>pp::views::GroupOverlay</name>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>after %1 min</source>
        <translation>%1 分鐘後</translation>
    </message>
    <message>
        <source>all roles</source>
        <translation>所有角色</translation>
    </message>
</context>
<context>
    <name>pp::views::HostEditor</name>
    <message>
        <source>Id:</source>
        <translation>識別碼：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Display name, usually the host&apos;s DNS name</source>
        <translation>顯示名稱，通常是主機的 DNS 名稱</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>區域(&amp;Z)：</translation>
    </message>
    <message>
        <source>The network zone the host sits in</source>
        <translation>主機所在的網路區域</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>站台(&amp;S)：</translation>
    </message>
    <message>
        <source>The ConfigMgr site the host belongs to</source>
        <translation>主機所屬的 ConfigMgr 站台</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>位址(&amp;A)：</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 addresses, separated by commas; empty means the zone&apos;s subnets</source>
        <translation>IPv4 或 IPv6 位址，以逗號分隔；空白表示區域的子網路</translation>
    </message>
    <message>
        <source>&amp;Machines:</source>
        <translation>電腦數(&amp;M)：</translation>
    </message>
    <message>
        <source>How many identical machines this host stands for (client groups)</source>
        <translation>此主機代表多少台相同的電腦（用戶端群組）</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Check the roles this host carries</source>
        <translation>勾選此主機具有的角色</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>Client connections:</source>
        <translation>用戶端連線：</translation>
    </message>
    <message>
        <source>Whether this site system serves intranet clients, internet clients or both (rule 8)</source>
        <translation>此站台系統服務內部網路用戶端、網際網路用戶端或兩者（規則 8）</translation>
    </message>
    <message>
        <source>Site server initiates:</source>
        <translation>由站台伺服器起始：</translation>
    </message>
    <message>
        <source>Note 5: the site system never starts connections to the site server</source>
        <translation>附註 5：站台系統不會主動連線到站台伺服器</translation>
    </message>
    <message>
        <source>PXE:</source>
        <translation>PXE：</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <source>Distribution point answers PXE boot requests</source>
        <translation>發佈點回應 PXE 開機要求</translation>
    </message>
    <message>
        <source>Multicast:</source>
        <translation>多點傳送：</translation>
    </message>
    <message>
        <source>Distribution point sends multicast</source>
        <translation>發佈點傳送多點傳送</translation>
    </message>
    <message>
        <source>Multicast range:</source>
        <translation>多點傳送範圍：</translation>
    </message>
    <message>
        <source>UDP range for multicast</source>
        <translation>多點傳送使用的 UDP 範圍</translation>
    </message>
    <message>
        <source>WSUS HTTP port:</source>
        <translation>WSUS HTTP 連接埠：</translation>
    </message>
    <message>
        <source>Note 3: 80 or 8530</source>
        <translation>附註 3：80 或 8530</translation>
    </message>
    <message>
        <source>WSUS HTTPS port:</source>
        <translation>WSUS HTTPS 連接埠：</translation>
    </message>
    <message>
        <source>Note 3: 443 or 8531</source>
        <translation>附註 3：443 或 8531</translation>
    </message>
    <message>
        <source>SQL instance:</source>
        <translation>SQL 執行個體：</translation>
    </message>
    <message>
        <source>Empty for the default instance; a named instance needs a static port</source>
        <translation>預設執行個體請留空；具名執行個體需要靜態連接埠</translation>
    </message>
    <message>
        <source>SQL port:</source>
        <translation>SQL 連接埠：</translation>
    </message>
    <message>
        <source>Note 2: SQL Server port</source>
        <translation>附註 2：SQL Server 連接埠</translation>
    </message>
    <message>
        <source>Service Broker port:</source>
        <translation>Service Broker 連接埠：</translation>
    </message>
    <message>
        <source>Note 2: SQL Server Service Broker port</source>
        <translation>附註 2：SQL Server Service Broker 連接埠</translation>
    </message>
    <message>
        <source>Azure load balancer:</source>
        <translation>Azure 負載平衡器：</translation>
    </message>
    <message>
        <source>The site database sits behind an Azure load balancer (BKMK_SQLPorts)</source>
        <translation>站台資料庫位於 Azure 負載平衡器後方 (BKMK_SQLPorts)</translation>
    </message>
    <message>
        <source>HTTP port:</source>
        <translation>HTTP 連接埠：</translation>
    </message>
    <message>
        <source>Port of this host&apos;s own web service</source>
        <translation>此主機自身 Web 服務的連接埠</translation>
    </message>
    <message>
        <source>HTTPS port:</source>
        <translation>HTTPS 連接埠：</translation>
    </message>
    <message>
        <source>Proxy port:</source>
        <translation>Proxy 連接埠：</translation>
    </message>
    <message>
        <source>Note 1: the port the proxy listens on</source>
        <translation>附註 1：Proxy 接聽的連接埠</translation>
    </message>
    <message>
        <source>Workgroup:</source>
        <translation>工作群組：</translation>
    </message>
    <message>
        <source>Workgroup clients do not query the global catalog</source>
        <translation>工作群組用戶端不查詢通用類別目錄</translation>
    </message>
    <message>
        <source>RPC dynamic range:</source>
        <translation>RPC 動態範圍：</translation>
    </message>
    <message>
        <source>Note 6: restricted RPC range of this host, e.g. 50000-50100</source>
        <translation>附註 6：此主機受限的 RPC 範圍，例如 50000-50100</translation>
    </message>
    <message>
        <source>(none: global roles only)</source>
        <translation>（無：僅全域角色）</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>預設 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>「%1」不是 IPv4 或 IPv6 位址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port%2.</source>
        <translation>「%1」不是有效的連接埠%2。</translation>
    </message>
    <message>
        <source> or range</source>
        <translation>或範圍</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>pp::views::HostOptionsEditor</name>
    <message>
        <source>Current branch</source>
        <translation>目前分支</translation>
    </message>
    <message>
        <source>CMG VM instances:</source>
        <translation>CMG VM 執行個體：</translation>
    </message>
    <message>
        <source>bkmk_cmgcp-cmg2 and bkmk_cmgcp-cmg: with one VM instance the CMG connection point reaches the CMG on HTTPS 443, with two or more on 10124-10139</source>
        <translation>bkmk_cmgcp-cmg2 與 bkmk_cmgcp-cmg：一個 VM 執行個體時，CMG 連接點經 HTTPS 443 連到 CMG；兩個以上時經 10124-10139</translation>
    </message>
    <message>
        <source>CMG deployment:</source>
        <translation>CMG 部署：</translation>
    </message>
    <message>
        <source>bkmk_cmgcp-cmg2 (virtual machine scale set) or bkmk_cmgcp-cmg (classic cloud service: TCP-TLS 10140-10155 first, HTTPS as the fallback)</source>
        <translation>bkmk_cmgcp-cmg2 (虛擬機器擴展集) 或 bkmk_cmgcp-cmg (傳統雲端服務：優先使用 TCP-TLS 10140-10155，HTTPS 為後援)</translation>
    </message>
    <message>
        <source>Virtual machine scale set</source>
        <translation>虛擬機器擴展集</translation>
    </message>
    <message>
        <source>Classic cloud service</source>
        <translation>傳統雲端服務</translation>
    </message>
    <message>
        <source>Pull sources:</source>
        <translation>提取來源：</translation>
    </message>
    <message>
        <source>BKMK_PortsPullDP-DPSource: this pull distribution point downloads content from each checked distribution point (HTTP 80, HTTPS 443, and 8005 with express updates); none checked: a standard distribution point</source>
        <translation>BKMK_PortsPullDP-DPSource：此提取發佈點從每個勾選的發佈點下載內容 (HTTP 80、HTTPS 443，啟用快速更新時另加 8005)；未勾選任何項目：標準發佈點</translation>
    </message>
    <message>
        <source>Warehouse database:</source>
        <translation>倉儲資料庫：</translation>
    </message>
    <message>
        <source>BKMK_PortsDWSPSQL: the SQL Server the data warehouse service point reaches on 1433; the site database when none is chosen</source>
        <translation>BKMK_PortsDWSPSQL：資料倉儲服務點經 1433 連線的 SQL Server；未選擇時為站台資料庫</translation>
    </message>
    <message>
        <source>(no other distribution point in the design)</source>
        <translation>(設計中沒有其他發佈點)</translation>
    </message>
    <message>
        <source>(the site database)</source>
        <translation>(站台資料庫)</translation>
    </message>
    <message>
        <source>Set CMG instances of %1 to %2</source>
        <translation>將 %1 的 CMG 執行個體設為 %2</translation>
    </message>
    <message>
        <source>Set CMG deployment of %1 to %2</source>
        <translation>將 %1 的 CMG 部署設為 %2</translation>
    </message>
    <message>
        <source>Set pull sources of %1</source>
        <translation>設定 %1 的提取來源</translation>
    </message>
    <message>
        <source>Set data warehouse database of %1</source>
        <translation>設定 %1 的資料倉儲資料庫</translation>
    </message>
</context>
<context>
    <name>pp::views::OpeningTableModel</name>
    <message>
        <source>From zone</source>
        <translation>來源區域</translation>
    </message>
    <message>
        <source>To zone</source>
        <translation>目的區域</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源主機</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>目的主機</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Seed sections</source>
        <translation>文件章節</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>runtime, install</source>
        <translation>執行、安裝</translation>
    </message>
    <message>
        <source>install</source>
        <translation>安裝</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>… %1 flows in all</source>
        <translation>…共 %1 條流量</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>來由</translation>
    </message>
    <message>
        <source>boundary fallback</source>
        <translation>界限群組後援</translation>
    </message>
    <message>
        <source>rule and fallback</source>
        <translation>規則與後援</translation>
    </message>
    <message>
        <source>catalog rule</source>
        <translation>目錄規則</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>已允許</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分允許</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>尚缺</translation>
    </message>
    <message>
        <source>Allowed by: %1</source>
        <translation>允許的規則：%1</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>仍缺少：%1</translation>
    </message>
    <message>
        <source>Blocked by: %1</source>
        <translation>封鎖的規則：%1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已驗證</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>check again</source>
        <translation>需重新檢查</translation>
    </message>
    <message>
        <source>untested</source>
        <translation>未測試</translation>
    </message>
    <message>
        <source>No verification result yet</source>
        <translation>尚無驗證結果</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 untested; %4 from %5</source>
        <translation>%1 項通過、%2 項失敗、%3 項未測試；%4，來自 %5</translation>
    </message>
    <message>
        <source>The opening changed since it was checked.</source>
        <translation>此開放項目在檢查後已變更。</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>原則</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審查</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Zone id: %1</source>
        <translation>區域識別碼：%1</translation>
    </message>
</context>
<context>
    <name>pp::views::PalettePanel</name>
    <message>
        <source>Search roles (English or 中文)</source>
        <translation>搜尋角色（英文或中文）</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>搜尋角色</translation>
    </message>
    <message>
        <source>Filters the role palette by English or Traditional Chinese name</source>
        <translation>依英文或繁體中文名稱篩選角色面板</translation>
    </message>
    <message>
        <source>Role palette</source>
        <translation>角色面板</translation>
    </message>
    <message>
        <source>Site systems</source>
        <translation>站台系統</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>用戶端</translation>
    </message>
    <message>
        <source>External services</source>
        <translation>外部服務</translation>
    </message>
    <message>
        <source>ConfigMgr roles, external services and the firewall device. Drag a role onto a zone to create a host, onto a host to add the role; or press Enter to add it to the selection. Drag the firewall where it goes, or press Enter to add one.</source>
        <translation>ConfigMgr 角色、外部服務與防火牆裝置。將角色拖曳到區域上可建立主機，拖曳到主機上可加入角色；或按 Enter 將其加入選取範圍。將防火牆拖曳到要放置的位置，或按 Enter 新增一台。</translation>
    </message>
    <message>
        <source>Network devices</source>
        <translation>網路裝置</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>防火牆</translation>
    </message>
    <message>
        <source>A firewall device between zones. Drag it onto the canvas, or press Enter to add one; then drag from its link handle (or Shift+drag it) to each zone it joins.</source>
        <translation>區域之間的防火牆裝置。將它拖曳到畫布上，或按 Enter 新增一台；再從其連接把手拖曳（或按住 Shift 拖曳裝置）到它所連接的每個區域。</translation>
    </message>
    <message>
        <source>Firewall device: drag onto the canvas, or press Enter to add one</source>
        <translation>防火牆裝置：拖曳到畫布上，或按 Enter 新增一台</translation>
    </message>
</context>
<context>
    <name>pp::views::PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站台</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>選取範圍</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected. Drag them together, delete them, or copy them.</source>
        <translation>
            <numerusform>已選取 %n 個項目。可以一起拖曳、刪除或複製。</numerusform>
        </translation>
    </message>
    <message>
        <source>Properties of the selection</source>
        <translation>選取項目的屬性</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>防火牆</translation>
    </message>
</context>
<context>
    <name>pp::views::ReviewPanel</name>
    <message>
        <source>&amp;Approve</source>
        <translation>核准(&amp;A)</translation>
    </message>
    <message>
        <source>Approve and go to the next crossing (Ctrl+Enter)</source>
        <translation>核准並前往下一個跨區連線（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Reject and go to the next crossing (Alt+Shift+R)</source>
        <translation>拒絕並前往下一個跨區連線（Alt+Shift+R）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質疑</translation>
    </message>
    <message>
        <source>Question and go to the next crossing (Alt+Shift+Q)</source>
        <translation>提出質疑並前往下一個跨區連線（Alt+Shift+Q）</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一個</translation>
    </message>
    <message>
        <source>Previous crossing (Alt+Left)</source>
        <translation>上一個跨區連線（Alt+Left）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一個 ▶</translation>
    </message>
    <message>
        <source>Next crossing (Alt+Right)</source>
        <translation>下一個跨區連線（Alt+Right）</translation>
    </message>
    <message>
        <source>Next undecided</source>
        <translation>下一個未決定</translation>
    </message>
    <message>
        <source>Next crossing without a current decision (Alt+Down)</source>
        <translation>下一個尚無有效決定的跨區連線（Alt+Down）</translation>
    </message>
    <message>
        <source>Decide by traffic…</source>
        <translation>依流量類型決定…</translation>
    </message>
    <message>
        <source>Approve every pending local crossing and question every pending fallback-only one</source>
        <translation>核准所有待審的本地跨區連線，並對所有僅供後援使用者提出質疑</translation>
    </message>
    <message>
        <source>Comment (why approved, what to ask, why rejected)</source>
        <translation>意見（核准理由、要詢問的事、拒絕原因）</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Which crossing is shown, of how many</source>
        <translation>目前顯示第幾個跨區連線，共有幾個</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>審查進度</translation>
    </message>
    <message>
        <source>Crossings decided so far</source>
        <translation>目前已決定的跨區連線</translation>
    </message>
    <message>
        <source>Crossing details</source>
        <translation>跨區連線詳細資料</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>審查者</translation>
    </message>
    <message>
        <source>Your name, recorded with each decision</source>
        <translation>您的姓名，會隨每個決定一併記錄</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Recorded with the decision</source>
        <translation>隨決定一併記錄</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Approve this crossing and go to the next</source>
        <translation>核准此跨區連線並前往下一個</translation>
    </message>
    <message>
        <source>Reject this crossing and go to the next</source>
        <translation>拒絕此跨區連線並前往下一個</translation>
    </message>
    <message>
        <source>Ask about this crossing and go to the next</source>
        <translation>對此跨區連線提出質疑並前往下一個</translation>
    </message>
    <message>
        <source>Previous crossing</source>
        <translation>上一個跨區連線</translation>
    </message>
    <message>
        <source>Next crossing</source>
        <translation>下一個跨區連線</translation>
    </message>
    <message>
        <source>Next undecided crossing</source>
        <translation>下一個未決定的跨區連線</translation>
    </message>
    <message>
        <source>Skips crossings already decided and still current</source>
        <translation>略過已決定且仍有效的跨區連線</translation>
    </message>
    <message>
        <source>Decide by traffic</source>
        <translation>依流量類型決定</translation>
    </message>
    <message>
        <source>Approves pending local crossings and questions pending fallback-only ones</source>
        <translation>核准待審的本地跨區連線，並對僅供後援使用者提出質疑</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>決定歷程</translation>
    </message>
    <message>
        <source>Earlier decisions on this crossing</source>
        <translation>此跨區連線先前的決定</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>已決定 %1／%2</translation>
    </message>
    <message>
        <source>%1 approved, %2 rejected, %3 questioned, %4 pending, %5 need re-review</source>
        <translation>%1 已核准，%2 已拒絕，%3 已質疑，%4 待審，%5 需重新審查</translation>
    </message>
    <message>
        <source>No boundary crossings to review</source>
        <translation>沒有需要審查的跨區連線</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審查</translation>
    </message>
    <message>
        <source>Crossing %1 of %2</source>
        <translation>第 %1 個跨區連線，共 %2 個</translation>
    </message>
    <message>
        <source>Risk: %1 (%2)</source>
        <translation>風險：%1（%2）</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>Traffic: %1</source>
        <translation>流量：%1</translation>
    </message>
    <message>
        <source>Why this risk</source>
        <translation>風險理由</translation>
    </message>
    <message>
        <source>Flows (%1)</source>
        <translation>流量（%1）</translation>
    </message>
    <message>
        <source>Note %1, %2: %3</source>
        <translation>註 %1，%2：%3</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Every crossing has a current decision.</source>
        <translation>每個跨區連線都已有有效的決定。</translation>
    </message>
    <message>
        <source>Enter your name first: every decision records who made it.</source>
        <translation>請先輸入您的姓名：每個決定都會記錄決定者。</translation>
    </message>
    <message>
        <source>Local traffic (batch)</source>
        <translation>本地流量（批次）</translation>
    </message>
    <message>
        <source>Used only by boundary-group fallback (batch)</source>
        <translation>僅供界限群組後援使用（批次）</translation>
    </message>
    <message>
        <source>No pending crossing to decide by traffic.</source>
        <translation>沒有可依流量類型決定的待審跨區連線。</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>審查者(&amp;V)：</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>跨區域</translation>
    </message>
    <message>
        <source>Seed sections</source>
        <translation>文件章節</translation>
    </message>
    <message>
        <source>Flows, risk, reasons and recommendations</source>
        <translation>流量、風險、原因與建議</translation>
    </message>
    <message>
        <source>Where the documentation says so: the seed sections and their notes</source>
        <translation>文件的依據：文件章節及其附註</translation>
    </message>
    <message>
        <source>SSL bridging</source>
        <translation>SSL 橋接</translation>
    </message>
    <message>
        <source>%1: %2 to %3, %4 %5, %6 risk, %7</source>
        <translation>%1：%2 到 %3，%4 %5，%6風險，%7</translation>
    </message>
    <message>
        <source>… and %1 more in the Flows table</source>
        <translation>… 另有 %1 個，請見流量表</translation>
    </message>
    <message>
        <source>Seed sections: %1</source>
        <translation>文件章節：%1</translation>
    </message>
    <message>
        <source>No rule of the audited policy reaches these hosts wider than the design needs.</source>
        <translation>稽核的原則中沒有規則以超出設計所需的範圍連到這些主機。</translation>
    </message>
    <message>
        <source>Existing rules wider than the design needs (%1)</source>
        <translation>超出設計所需的現有規則（%1）</translation>
    </message>
    <message>
        <source>any port</source>
        <translation>任何連接埠</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>任何來源</translation>
    </message>
    <message>
        <source>%1 (%2) lets %3 reach %4</source>
        <translation>%1（%2）讓%3連到 %4</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>pp::views::RouteEditor</name>
    <message>
        <source>Pinned routes</source>
        <translation>固定路由</translation>
    </message>
    <message>
        <source>Rule 10: the zones a flow passes between two zones, instead of the path with the fewest firewalls</source>
        <translation>規則 10：流量在兩個區域之間經過的區域，取代防火牆最少的路徑</translation>
    </message>
    <message>
        <source>From</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>經過</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Each route pins the zones passed from one zone to another, both ways unless another route names the way back</source>
        <translation>每條路由固定從一個區域到另一個區域所經過的區域；除非另有路由指定回程，否則雙向適用</translation>
    </message>
    <message>
        <source>The zone the route starts in</source>
        <translation>路由起點所在的區域</translation>
    </message>
    <message>
        <source>&amp;Passes:</source>
        <translation>經過(&amp;P)：</translation>
    </message>
    <message>
        <source>The zones passed in order, ids or names separated by commas; empty when one firewall joins both</source>
        <translation>依序經過的區域，識別碼或名稱以逗號分隔；若一台防火牆直接連接兩端則留空</translation>
    </message>
    <message>
        <source>The zone the route ends in</source>
        <translation>路由終點所在的區域</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>新增路由</translation>
    </message>
    <message>
        <source>Pin a new route between two zones a firewall joins; then set its zones</source>
        <translation>在防火牆連接的兩個區域之間固定一條新路由，然後設定它的區域</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>移除路由</translation>
    </message>
    <message>
        <source>Unpin the chosen route: its flows take the path with the fewest firewalls again</source>
        <translation>取消固定所選路由：其流量重新走防火牆最少的路徑</translation>
    </message>
    <message>
        <source>To zone: a route joins two different zones.</source>
        <translation>目的地區域：路由必須連接兩個不同的區域。</translation>
    </message>
    <message>
        <source>To zone: there is a route from %1 to %2 already.</source>
        <translation>目的地區域：已有從 %1 到 %2 的路由。</translation>
    </message>
    <message>
        <source>Passes: the route passes %1 twice.</source>
        <translation>經過：路由經過 %1 兩次。</translation>
    </message>
    <message>
        <source>Passes: no firewall has interfaces in both %1 and %2.</source>
        <translation>經過：沒有防火牆同時在 %1 與 %2 中有介面。</translation>
    </message>
    <message>
        <source>To zone: no firewall has interfaces in both %1 and %2.</source>
        <translation>目的地區域：沒有防火牆同時在 %1 與 %2 中有介面。</translation>
    </message>
    <message>
        <source>Passes: &quot;%1&quot; is not a zone of this design.</source>
        <translation>經過：「%1」不是此設計中的區域。</translation>
    </message>
    <message>
        <source>Pin a route once a firewall joins two zones: link a firewall to its zones first.</source>
        <translation>須有防火牆連接兩個區域才能固定路由：請先將防火牆連接到它的區域。</translation>
    </message>
    <message>
        <source>&amp;Add route</source>
        <translation>新增路由(&amp;A)</translation>
    </message>
    <message>
        <source>Remove ro&amp;ute</source>
        <translation>移除路由(&amp;U)</translation>
    </message>
    <message>
        <source>Fro&amp;m zone:</source>
        <translation>來源區域(&amp;M)：</translation>
    </message>
    <message>
        <source>To &amp;zone:</source>
        <translation>目的地區域(&amp;Z)：</translation>
    </message>
</context>
<context>
    <name>pp::views::SiteEditor</name>
    <message>
        <source>Site code:</source>
        <translation>站台代碼：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Optional display name of the site</source>
        <translation>站台的顯示名稱（選用）</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>Central administration site, primary or secondary</source>
        <translation>管理中心網站、主要站台或次要站台</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>上層站台(&amp;P)：</translation>
    </message>
    <message>
        <source>The parent site (rule 2 links a site with its parent)</source>
        <translation>上層站台（規則 2 連接站台與其上層站台）</translation>
    </message>
    <message>
        <source>Client HTTP port:</source>
        <translation>用戶端 HTTP 連接埠：</translation>
    </message>
    <message>
        <source>Note 2: client to site system HTTP</source>
        <translation>附註 2：用戶端到站台系統的 HTTP</translation>
    </message>
    <message>
        <source>Client HTTPS port:</source>
        <translation>用戶端 HTTPS 連接埠：</translation>
    </message>
    <message>
        <source>Note 2: client to site system HTTPS</source>
        <translation>附註 2：用戶端到站台系統的 HTTPS</translation>
    </message>
    <message>
        <source>Client notification port:</source>
        <translation>用戶端通知連接埠：</translation>
    </message>
    <message>
        <source>Note 2: client to management point notification</source>
        <translation>附註 2：用戶端到管理點的通知</translation>
    </message>
    <message>
        <source>Wake on LAN:</source>
        <translation>網路喚醒：</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <source>The site server wakes clients</source>
        <translation>站台伺服器喚醒用戶端</translation>
    </message>
    <message>
        <source>Wake on LAN port:</source>
        <translation>網路喚醒連接埠：</translation>
    </message>
    <message>
        <source>Note 2: UDP port</source>
        <translation>附註 2：UDP 連接埠</translation>
    </message>
    <message>
        <source>Wake-up proxy:</source>
        <translation>喚醒 Proxy：</translation>
    </message>
    <message>
        <source>Clients wake their peers (UDP and ICMP between clients)</source>
        <translation>用戶端喚醒同儕電腦（用戶端之間的 UDP 與 ICMP）</translation>
    </message>
    <message>
        <source>Wake-up proxy port:</source>
        <translation>喚醒 Proxy 連接埠：</translation>
    </message>
    <message>
        <source>Internet &amp;proxy:</source>
        <translation>網際網路 Proxy(&amp;P)：</translation>
    </message>
    <message>
        <source>Note 1: the site server and software update point reach the internet through this proxy</source>
        <translation>附註 1：站台伺服器與軟體更新點經由此 Proxy 連上網際網路</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>預設 %1</translation>
    </message>
    <message>
        <source>(direct)</source>
        <translation>（直接連線）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port.</source>
        <translation>「%1」不是有效的連接埠。</translation>
    </message>
    <message>
        <source>Site %1 cannot be its own ancestor.</source>
        <translation>站台 %1 不能是自己的上層站台。</translation>
    </message>
</context>
<context>
    <name>pp::views::SiteOptionsEditor</name>
    <message>
        <source>Current branch</source>
        <translation>目前分支</translation>
    </message>
    <message>
        <source>Windows PE peer cache:</source>
        <translation>Windows PE 對等快取：</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <source>BKMK_PortsClient-ClientWakeUp: clients of this site in one zone reach each other on UDP 8004 (broadcast) and TCP 8003 (download)</source>
        <translation>BKMK_PortsClient-ClientWakeUp：此站台同一區域內的用戶端經 UDP 8004 (廣播) 與 TCP 8003 (下載) 互相連線</translation>
    </message>
    <message>
        <source>Express updates:</source>
        <translation>快速更新：</translation>
    </message>
    <message>
        <source>BKMK_PortsClient-DP and BKMK_PortsPullDP-DPSource: clients and pull distribution points of this site reach distribution points on TCP 8005 for express installation files</source>
        <translation>BKMK_PortsClient-DP 與 BKMK_PortsPullDP-DPSource：此站台的用戶端與提取發佈點經 TCP 8005 連到發佈點取得快速安裝檔案</translation>
    </message>
</context>
<context>
    <name>pp::views::SitesPanel</name>
    <message>
        <source>Site</source>
        <translation>站台</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主機</translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation>新增站台(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove site</source>
        <translation>移除站台(&amp;R)</translation>
    </message>
    <message>
        <source>Site hierarchy</source>
        <translation>站台階層</translation>
    </message>
    <message>
        <source>Sites under their parents: central administration site, primaries, secondaries</source>
        <translation>各站台位於其上層站台之下：管理中心網站、主要站台、次要站台</translation>
    </message>
    <message>
        <source>Adds a site below the selected one</source>
        <translation>在選取的站台下新增站台</translation>
    </message>
    <message>
        <source>Removes the selected site; hosts keep their place but lose the site</source>
        <translation>移除選取的站台；主機保留位置但不再屬於該站台</translation>
    </message>
    <message>
        <source>CAS</source>
        <translation>管理中心網站</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主要站台</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>次要站台</translation>
    </message>
</context>
<context>
    <name>pp::views::ValidationPanel</name>
    <message>
        <source>Validation findings</source>
        <translation>驗證結果</translation>
    </message>
    <message>
        <source>Errors and warnings; activate one to select the hosts it names</source>
        <translation>錯誤與警告；啟用其中一項即可選取其提及的主機</translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation>沒有錯誤或警告。</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 個錯誤</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 個錯誤</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 個警告</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 個警告</translation>
    </message>
</context>
<context>
    <name>pp::views::ZoneEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>The zone&apos;s display name</source>
        <translation>區域的顯示名稱</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Subnets:</source>
        <translation>子網路(&amp;S)：</translation>
    </message>
    <message>
        <source>CIDR subnets separated by commas, e.g. 10.0.0.0/16, 2001:db8::/48</source>
        <translation>以逗號分隔的 CIDR 子網路，例如 10.0.0.0/16, 2001:db8::/48</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>顏色(&amp;C)：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet in CIDR form (e.g. 10.0.0.0/16).</source>
        <translation>「%1」不是 CIDR 格式的子網路（例如 10.0.0.0/16）。</translation>
    </message>
    <message>
        <source>Internal, perimeter, internet, cloud, branch or transit (a WAN between firewalls): decides colours, internet clients and risk</source>
        <translation>內部、周邊網路、網際網路、雲端、分公司或傳輸（防火牆之間的 WAN）：決定顏色、網際網路用戶端與風險</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>識別碼(&amp;I)：</translation>
    </message>
    <message>
        <source>What files, rule names and review keys call the zone: letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;. Changing it changes every reference to the zone.</source>
        <translation>檔案、規則名稱與審查索引鍵用來稱呼此區域的名稱：字母、數字、&apos;-&apos;、&apos;_&apos; 與 &apos;.&apos;。變更它會變更所有參照此區域之處。</translation>
    </message>
    <message>
        <source>Kind&apos;s colour</source>
        <translation>類型的色彩</translation>
    </message>
    <message>
        <source>Use the kind&apos;s colour</source>
        <translation>使用類型的色彩</translation>
    </message>
    <message>
        <source>Forget the chosen colour: the zone takes its kind&apos;s colour</source>
        <translation>忘記所選的色彩：區域改用其類型的色彩</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色彩</translation>
    </message>
    <message>
        <source>Opens a colour picker for the zone&apos;s fill on the canvas</source>
        <translation>開啟色彩選擇器，設定區域在畫布上的填滿色彩</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Zone colour</source>
        <translation>區域色彩</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of another zone, host or site.</source>
        <translation>「%1」已是另一個區域、主機或站台的識別碼。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>「%1」不是有效的識別碼：請使用字母、數字、&apos;-&apos;、&apos;_&apos; 與 &apos;.&apos;。</translation>
    </message>
</context>
<context>
    <name>pp::views::ZoneItem</name>
    <message>
        <source>internal</source>
        <translation>內部</translation>
    </message>
    <message>
        <source>perimeter</source>
        <translation>周邊網路</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>網際網路</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>雲端</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>transit</source>
        <translation>傳輸</translation>
    </message>
</context>
</TS>
