package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
)

// A code table's rows are keyed by names that a question also writes to
// say which kind of code it asks: "the IP protocol number of GRE" asks
// GRE's row for its number, and the row of IP itself ("ip  0  IP  #
// internet protocol, pseudo protocol number"), which holds every other
// word of the question, is not about GRE. The head of netbase's
// /etc/protocols (netbase 6.4), byte for byte.
func TestNamesBeforeTheCodeAskedSayItsKind(t *testing.T) {
	protocols := doc{"netbase/protocols", "protocols", "# Internet (IP) protocols\n#\n# Updated from http://www.iana.org/assignments/protocol-numbers and other\n# sources.\n# New protocols will be added on request if they have been officially\n# assigned by IANA and are not historical.\n# If you need a huge list of used numbers please install the nmap package.\n\nip\t0\tIP\t\t# internet protocol, pseudo protocol number\nhopopt\t0\tHOPOPT\t\t# IPv6 Hop-by-Hop Option [RFC1883]\nicmp\t1\tICMP\t\t# internet control message protocol\nigmp\t2\tIGMP\t\t# Internet Group Management\nggp\t3\tGGP\t\t# gateway-gateway protocol\nipencap\t4\tIP-ENCAP\t# IP encapsulated in IP (officially ``IP'')\nst\t5\tST\t\t# ST datagram mode\ntcp\t6\tTCP\t\t# transmission control protocol\negp\t8\tEGP\t\t# exterior gateway protocol\nigp\t9\tIGP\t\t# any private interior gateway (Cisco)\npup\t12\tPUP\t\t# PARC universal packet protocol\nudp\t17\tUDP\t\t# user datagram protocol\nhmp\t20\tHMP\t\t# host monitoring protocol\nxns-idp\t22\tXNS-IDP\t\t# Xerox NS IDP\nrdp\t27\tRDP\t\t# \"reliable datagram\" protocol\niso-tp4\t29\tISO-TP4\t\t# ISO Transport Protocol class 4 [RFC905]\ndccp\t33\tDCCP\t\t# Datagram Congestion Control Prot. [RFC4340]\nxtp\t36\tXTP\t\t# Xpress Transfer Protocol\nddp\t37\tDDP\t\t# Datagram Delivery Protocol\nidpr-cmtp 38\tIDPR-CMTP\t# IDPR Control Message Transport\nipv6\t41\tIPv6\t\t# Internet Protocol, version 6\nipv6-route 43\tIPv6-Route\t# Routing Header for IPv6\nipv6-frag 44\tIPv6-Frag\t# Fragment Header for IPv6\nidrp\t45\tIDRP\t\t# Inter-Domain Routing Protocol\nrsvp\t46\tRSVP\t\t# Reservation Protocol\ngre\t47\tGRE\t\t# General Routing Encapsulation\n"}
	for _, tc := range []struct{ q, want string }{
		{"What is the IP protocol number of GRE tunnels?", "gre\t47\tGRE"},
		{"What is the IP protocol number of UDP, the user datagram protocol?", "udp\t17\tUDP"},
		{"What is GRE's IP protocol number?", "gre\t47\tGRE"},                                 // the owner named by its possessive, before the names
		{"Which protocol has IP protocol number 3?", "ggp\t3\tGGP"},                           // the record named by the number given
		{"Which Xerox networking protocol is assigned IP protocol number 22?", "xns-idp\t22"}, // so
	} {
		_, text, why := answer(New(nil), tc.q, protocols)
		assert.Contains(t, text, tc.want, why)
	}
}

// A standard's name that no retrieved passage writes still binds: "the
// ITU country calling code for Greece" is not answered by the countries
// table's UN number, the only code of Greece retrieved. The head and
// some rows of GNU miscfiles 1.5's countries table, byte for byte.
func TestAStandardNoPassageWritesStillBinds(t *testing.T) {
	countries := doc{"miscfiles/countries", "countries", "# UN Code number: 2 letter ISO abbrev : 3 letter ISO abbrev : name : capital\n258:PF:PYF:French Polynesia:Papeete\n260:TF:ATF:French Southern Territories:\n266:GA:GAB:Gabon:Libreville\n270:GM:GMB:Gambia:Banjul\n268:GE:GEO:Georgia:T'bilisi\n276:DE:DEU:Germany:Berlin\n288:GH:GHA:Ghana:Accra\n292:GI:GIB:Gibraltar:Gibraltar\n300:GR:GRC:Greece:Athens\n304:GL:GRL:Greenland:Nuuk\n308:GD:GRD:Grenada:St. George's\n312:GP:GLP:Guadeloupe:Basse-Terre\n316:GU:GUM:Guam:Hag\u00e5t\u00f1a\n320:GT:GTM:Guatemala:Guatemala\n324:GN:GIN:Guinea:Conakry\n"}
	a, _, why := answer(New(nil), "What is the ITU country calling code for Greece?", countries)
	assert.True(t, a.Declined(), why)
}

// A services table writes a port's protocol in lower case after its
// number ("4190/tcp"): the "TCP" a question writes in capitals to say
// which kind of port is that word, though short capitalised names
// otherwise match only as written; so the row of the service asked
// binds, and the row whose comment writes "TCP port" (tcpmux's) is not
// the only one that does. Two passages of netbase's /etc/services
// (netbase 6.4), byte for byte.
func TestAPortsProtocolIsWrittenAfterItsNumber(t *testing.T) {
	head := doc{"netbase/services", "services", "# Network services, Internet style\n#\n# Updated from https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml .\n#\n# New ports will be added on request if they have been officially assigned\n# by IANA and used in the real-world or are needed by a debian package.\n# If you need a huge list of used numbers please install the nmap package.\n\ntcpmux\t\t1/tcp\t\t\t\t# TCP port service multiplexer\necho\t\t7/tcp\necho\t\t7/udp\ndiscard\t\t9/tcp\t\tsink null\n"}
	rows := doc{"netbase/services", "services", "nut\t\t3493/tcp\t\t\t# Network UPS Tools\nnut\t\t3493/udp\ndistcc\t\t3632/tcp\t\t\t# distributed compiler\ndaap\t\t3689/tcp\t\t\t# Digital Audio Access Protocol\nsvn\t\t3690/tcp\tsubversion\t# Subversion protocol\nsuucp\t\t4031/tcp\t\t\t# UUCP over SSL\nsysrqd\t\t4094/tcp\t\t\t# sysrq daemon\nsieve\t\t4190/tcp\t\t\t# ManageSieve Protocol\nepmd\t\t4369/tcp\t\t\t# Erlang Port Mapper Daemon\nremctl\t\t4373/tcp\t\t# Remote Authenticated Command Service\n"}
	for _, tc := range []struct{ q, want string }{
		{"Which TCP port does the ManageSieve Protocol use?", "sieve\t\t4190/tcp"},
		{"On which TCP port does the distributed compiler distcc listen?", "distcc\t\t3632/tcp"},
	} {
		_, text, why := answer(New(nil), tc.q, head, rows)
		assert.Contains(t, text, tc.want, why)
	}
}

// A services table names its rows in lower case ("nntp  119/tcp
// readnews untp"), and the short name a question writes in capitals
// ("NNTP") is that name, not only the one another row's comment writes
// ("nntps  563/tcp  snntp  # NNTP over SSL"); a row of another protocol
// than the one asked ("ntp  123/udp" for "which TCP port") is no answer.
// Two passages of netbase's /etc/services (netbase 6.4), byte for byte.
func TestAServicesRowIsNamedInLowerCase(t *testing.T) {
	low := doc{"netbase/services", "services", "pop3\t\t110/tcp\t\tpop-3\t\t# POP version 3\nsunrpc\t\t111/tcp\t\tportmapper\t# RPC 4.0 portmapper\nsunrpc\t\t111/udp\t\tportmapper\nauth\t\t113/tcp\t\tauthentication tap ident\nnntp\t\t119/tcp\t\treadnews untp\t# USENET News Transfer Protocol\nntp\t\t123/udp\t\t\t\t# Network Time Protocol\nepmap\t\t135/tcp\t\tloc-srv\t\t# DCE endpoint resolution\nnetbios-ns\t137/udp\t\t\t\t# NETBIOS Name Service\nnetbios-dgm\t138/udp\t\t\t\t# NETBIOS Datagram Service\nnetbios-ssn\t139/tcp\t\t\t\t# NETBIOS session service\nimap2\t\t143/tcp\t\timap\t\t# Interim Mail Access P 2 and 4\nsnmp\t\t161/tcp\t\t\t\t# Simple Net Mgmt Protocol\nsnmp\t\t161/udp\nsnmp-trap\t162/tcp\t\tsnmptrap\t# Traps for SNMP\nsnmp-trap\t162/udp\t\tsnmptrap\ncmip-man\t163/tcp\t\t\t\t# ISO mgmt over IP (CMOT)\ncmip-man\t163/udp\ncmip-agent\t164/tcp\ncmip-agent\t164/udp\n"}
	ssl := doc{"netbase/services", "services", "dhcpv6-client\t546/udp\ndhcpv6-server\t547/udp\nafpovertcp\t548/tcp\t\t\t\t# AFP over TCP\nnntps\t\t563/tcp\t\tsnntp\t\t# NNTP over SSL\nsubmission\t587/tcp\t\t\t\t# Submission [RFC4409]\nldaps\t\t636/tcp\t\t\t\t# LDAP over SSL\nldaps\t\t636/udp\n"}
	for _, tc := range []struct{ q, not, want string }{
		{"Which TCP port does NNTP use?", "nntps", ""},
		{"Which TCP port does NTP use?", "ntp", ""},
		{"Which UDP port does NTP use?", "", "ntp\t\t123/udp"},
	} {
		_, text, why := answer(New(nil), tc.q, low, ssl)
		if tc.want != "" {
			assert.Contains(t, text, tc.want, why)
		}
		if tc.not != "" {
			assert.NotContains(t, text, tc.not, why)
		}
	}
}

// A passage cut from usb.ids opens with the last row of one table and
// runs on into the next, which a comment heads: the rows under "# List
// of Audio Class Terminal Types" are no records of the group "C ff
// Vendor Specific Class" the passage is named for, and a word of that
// group's name ("class") is not what they lack to be of the question's
// subject. Two passages of usb.ids (usbutils' 2023 list), byte for byte.
func TestARowUnderANewCaptionIsNoneOfTheSectionsGroup(t *testing.T) {
	srcs := []generate.Source{
		{N: 1, Passage: corpus.Passage{ID: "a", Path: "usbids/usb.ids", Title: "usb.ids", Section: "C ff  Vendor Specific Class", Format: corpus.Text, Text: "C ff  Vendor Specific Class\n\tff  Vendor Specific Subclass\n\t\tff  Vendor Specific Protocol\n\n# List of Audio Class Terminal Types\n\n# Syntax:\n# AT terminal_type  terminal_type_name\n\nAT 0100  USB Undefined\nAT 0101  USB Streaming\nAT 01ff  USB Vendor Specific\nAT 0200  Input Undefined\nAT 0201  Microphone\nAT 0202  Desktop Microphone\nAT 0203  Personal Microphone\nAT 0204  Omni-directional Microphone\nAT 0205  Microphone Array\nAT 0206  Processing Microphone Array\nAT 0300  Output Undefined\nAT 0301  Speaker\nAT 0302  Headphones\nAT 0303  Head Mounted Display Audio\nAT 0304  Desktop Speaker\nAT 0305  Room Speaker\nAT 0306  Communication Speaker\nAT 0307  Low Frequency Effects Speaker\nAT 0400  Bidirectional Undefined\nAT 0401  Handset\nAT 0402  Headset\nAT 0403  Speakerphone, no echo reduction"}},
		{N: 2, Passage: corpus.Passage{ID: "b", Path: "usbids/usb.ids", Title: "usb.ids", Section: "L 0061  Nepali", Format: corpus.Text, Text: "HCC 34  Yugoslavia\nHCC 35  Turkish-F\n\n# List of Video Class Terminal Types\n\n# Syntax:\n# VT terminal_type  terminal_type_name\n\nVT 0100  USB Vendor Specific\nVT 0101  USB Streaming\nVT 0200  Input Vendor Specific\nVT 0201  Camera Sensor\nVT 0202  Sequential Media\nVT 0300  Output Vendor Specific\nVT 0301  Generic Display\nVT 0302  Sequential Media\nVT 0400  External Vendor Specific\nVT 0401  Composite Video\nVT 0402  S-Video\nVT 0403  Component Video"}},
	}
	r := New(nil)
	q := "Which audio class terminal type is 0302?"
	a := r.Read(q, srcs)
	assert.Equal(t, "AT 0302  Headphones", answerText(Answer{Pieces: a.Best}, srcs), r.Explain(q, srcs, 3))
}

// TestACodeCitedIsNoRivalNumber: a table's row gives one number, its
// value ("ah	51	IPSEC-AH	# Authentication Header [RFC2402]"); a
// word that opens with a letter and holds digits ("RFC2402", "IPv6") is a
// name or a citation, not a second number to choose from, so the row's
// value answers a number question as a row without the citation does.
func TestACodeCitedIsNoRivalNumber(t *testing.T) {
	protocols := doc{"netbase/protocols", "protocols", "rsvp\t46\tRSVP\t\t# Reservation Protocol\ngre\t47\tGRE\t\t# General Routing Encapsulation\nesp\t50\tIPSEC-ESP\t# Encap Security Payload [RFC2406]\nah\t51\tIPSEC-AH\t# Authentication Header [RFC2402]\nskip\t57\tSKIP\t\t# SKIP\nipv6-icmp 58\tIPv6-ICMP\t# ICMP for IPv6\nipv6-nonxt 59\tIPv6-NoNxt\t# No Next Header for IPv6\nipv6-opts 60\tIPv6-Opts\t# Destination Options for IPv6\n"}
	fits := unitFits("What IP protocol number does the netbase protocols file give for the IPsec Authentication Header?", protocols)
	assert.GreaterOrEqual(t, fits["ah\t51\tIPSEC-AH\t# Authentication Header [RFC2402]"], 0.9, "%v", fits)
	a, text, why := answer(New(nil), "What IP protocol number does the netbase protocols file give for the IPsec Authentication Header?", protocols)
	require.False(t, a.Declined(), why)
	assert.Contains(t, text, "51", why)

	// A row whose only digits are in such words gives no one number.
	services := doc{"debref/ch06.en.html", "Chapter 6. Network applications", "RFC\tdescription\nrfc1939 and rfc2449\tPOP3 service\nrfc3501\tIMAP4 service\n"}
	fits = unitFits("What port does POP3 use?", services)
	assert.Less(t, fits["rfc1939 and rfc2449\tPOP3 service"], 0.9, "%v", fits)
}
