#pragma once

// Lines each vendor grammar must accept, from shared/research/
// firewall-formats.md section 2 (kept out of the test's source: moc does
// not read raw strings with quotes in them).

namespace pp::test::samples {

inline const char *forti = R"(config firewall address
    edit "H_CM01"
        set subnet 10.0.0.10 255.255.255.255
        set comment "CM01 \"site\" server"
    next
end
config firewall addrgrp
    edit "G_SRC"
        set member "H_CM01"
    next
end
config firewall service custom
    edit "S_WSUS"
        set tcp-portrange 8530-8531 445
    next
end
config firewall policy
    edit 0
        set name "PP_0001"
        set srcintf "port1"
        set dstintf "port2"
        set srcaddr "G_SRC"
        set dstaddr "H_CM01"
        set action accept
        set schedule "always"
        set service "S_WSUS"
        set logtraffic all
        set comments "SUP to DP"
    next
end
)";

inline const char *pan = R"(set address H_CM01 ip-netmask 10.0.0.10/32
set address H_CM01 description "CM01 site server"
set address-group G_SRC static [ H_CM01 ]
set service S_TCP_8530 protocol tcp port 8530-8531,445
set service-group SG_WSUS members [ S_TCP_8530 ]
set rulebase security rules PP_0001 from LAN to DMZ source [ G_SRC ] destination [ H_CM01 ] application any service [ SG_WSUS ] action allow
set rulebase security rules PP_0001 description "SUP to DP"
)";

inline const char *asa = R"(! PortPlanner change request
object network H_CM01
 host 10.0.0.10
object-group network G_SRC
 network-object object H_CM01
object-group service S_WSUS
 service-object tcp destination range 8530 8531
 service-object udp destination eq 69
access-list inside_access_in remark PP_0001 SUP to DP
access-list inside_access_in extended permit object-group S_WSUS object-group G_SRC object-group G_SRC log
)";

inline const char *srx = R"(set security address-book global address H_CM01 10.0.0.10/32
set security address-book global address-set G_SRC address H_CM01
set applications application S_WSUS term t1 protocol tcp destination-port 8530-8531
set security policies from-zone trust to-zone untrust policy PP_0001 match source-address G_SRC
set security policies from-zone trust to-zone untrust policy PP_0001 match destination-address H_CM01
set security policies from-zone trust to-zone untrust policy PP_0001 match application S_WSUS
set security policies from-zone trust to-zone untrust policy PP_0001 then permit
set security policies from-zone trust to-zone untrust policy PP_0001 description "SUP to DP"
)";

} // namespace pp::test::samples
