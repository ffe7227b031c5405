package reader

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/verbatim-rag/verbatim/english"
)

// Session 28b review: counter-examples to 23b8dad (a "how do I …"
// question declined when the best unit writes no code), c02de56 (a
// "This <noun>" sentence speaks of the one-line term above its block),
// 7773314 ("what … called when …" asks a term) and 04c5fca (a year
// written with its era). The texts are real, as ingest extracts and
// chunks them (the chunks bench/qa hands the reader for these
// questions): the Mutt manual and usb.ids verbatim, the IEEE OUI CSV
// with its CRLF line ends made LF and its header row repeated over the
// chunk, and the Debian Reference, the Developer's Reference and Git's
// manual pages as ingest extracts their HTML.
var (
	devrefTracker     = doc{"resources.html", "4. Resources for Debian Members — developers-reference 12.18 documentation", "4.10. The Debian Package Tracker¶\n\nThe Debian Package Tracker is an email and web-based tool to track the activity of a source package. You can get the same emails that the package maintainer gets, simply by subscribing to the package in the Debian Package Tracker.\n\nThe package tracker has a web interface at https://tracker.debian.org/ that puts together a lot of information about each source package. It features many useful links (BTS, QA stats, contact information, DDTP translation status, buildd logs) and gathers much more information from various places (30 latest changelog entries, testing status, etc.). It's a very useful tool if you want to know what's going on with a specific source package."}
	devrefDebhelper   = doc{"best-pkging-practices.html", "6. Best Packaging Practices — developers-reference 12.18 documentation", "debhelper, however, is a number of separate little dh_* programs. For instance, dh_installman installs and compresses man pages, dh_installmenu installs menu files, and so on. Thus, it offers enough flexibility to be able to use the little helper scripts, where useful, in conjunction with hand-crafted commands in debian/rules.\n\nYou can get started with debhelper by reading debhelper 1, and looking at the examples that come with the package. dh_make, from the dh-make package (see dh-make), can be used to convert a vanilla source package to a debhelperized package. This shortcut, though, should not convince you that you do not need to bother understanding the individual dh_* helpers."}
	muttAliasUsage    = doc{"manual.txt", "The Mutt E-Mail Client", "Usage:\n\nalias [ -group name ...] key address [ address ...]\nunalias [ -group name ...] { * | key ... }\n\nIt's usually very cumbersome to remember or type out the address of someone you\nare communicating with. Mutt allows you to create “aliases” which map a short\nstring to a full address.\n\nNote\n\nIf you want to create an alias for more than one address, you must separate the\naddresses with a comma (“,”).\n\nThe optional -group argument to alias causes the aliased address(es) to be\nadded to the named group.\n\nTo add an alias:\n\nalias muttdude me@cs.hmc.edu (Michael Elkins)\nalias theguys manny, moe, jack\n\nTo remove an alias or aliases (“*” means all aliases):\n\nunalias muttdude\nunalias *"}
	muttAliasPatterns = doc{"manual.txt", "The Mutt E-Mail Client", "Example\u00a04.1.\u00a0Matching all addresses in address lists\n\n^~C \\.de$\n\n\nYou can restrict address pattern matching to aliases that you have defined with\nthe \"@\" modifier. This example matches messages whose recipients are all from\nGermany, and who are known to your alias list.\n\nExample\u00a04.2.\u00a0Matching restricted to aliases\n\n^@~C \\.de$\n\n\nTo match any defined alias, use a regular expression that matches any string.\nThis example matches messages whose senders are known aliases.\n\nExample\u00a04.3.\u00a0Matching any defined alias\n\n@~f .\n\n\n3.2.\u00a0Simple Searches"}
	debrefCapsEsc     = doc{"ch07.en.html", "Chapter 7. GUI System", "Here, \"[auto]\" means that these packages are automatically installed when task-gnome-desktop is installed.\n\nTip\ngnome-tweaks is the indispensable configuration utility. For example: You can force \"Over-Amplification\" of sound volume from \"General\". You can force \"Caps\" to become \"Esc\" from \"Keyboard & Mouse\" -> \"Keyboard\" -> \"Additional Layout Option\"."}
	gitColumn         = doc{"git-column.html", "git-column(1)", "git-column(1) Manual Page\n\nNAME\n\ngit-column - Display data in columns\n\nSYNOPSIS\n\ngit column [--command=<name>] [--[raw-]mode=<mode>] [--width=<width>]\r\n             [--indent=<string>] [--nl=<string>] [--padding=<n>]\n\nDESCRIPTION\n\nThis command formats the lines of its standard input into a table with multiple columns. Each input line occupies one cell of the table. It is used internally by other git commands to format output into columns."}
	gitRemoteFd       = doc{"git-remote-fd.html", "git-remote-fd(1)", "git-remote-fd(1) Manual Page\n\nNAME\n\ngit-remote-fd - Reflect smart transport stream back to caller\n\nSYNOPSIS\n\n\"fd::<infd>[,<outfd>][/<anything>]\" (as URL)\n\nDESCRIPTION\n\nThis helper uses specified file descriptors to connect to a remote Git server. This is not meant for end users but for programs and scripts calling git fetch, push or archive.\n\nIf only <infd> is given, it is assumed to be a bidirectional socket connected to remote Git server (git-upload-pack, git-receive-pack or git-upload-archive). If both <infd> and <outfd> are given, they are assumed to be pipes connected to a remote Git server (<infd> being the inbound pipe and <outfd> being the outbound pipe."}
	ouiSorama         = doc{"oui36.csv", "oui36.csv", "Registry,Assignment,Organization Name,Organization Address\nMA-S,70B3D58B0,IES S.r.l.,\"Via Amedeo Nazzari, 3 Anzio Roma IT 00042 \"\nMA-S,70B3D526B,Sorama BV,Torenallee 20 Eindhoven Noord-Brabant NL 5617 BC \nMA-S,70B3D5847,Ai-Lynx,1 avenue de l'Atlantique Les Ulis  FR 91940 \nMA-S,70B3D55D1,Software Motor Corp,1295 Forgewood Avenue Sunnyvale CA US 94089 \nMA-S,70B3D5384,Sensohive Technologies,Cortex Park 26 Odense M  DK 5230 \nMA-S,70B3D5A6F,8Cups,\"29, Gonghang-daero 61-gil, Gangseo-gu Seoul  KR 07563 \"\nMA-S,70B3D528A,\"Transit Solutions, LLC.\",114 West Grandview Avenue Zelienople PA US 16063"}
	ouiProDVX         = doc{"oui.csv", "oui.csv", "Registry,Assignment,Organization Name,Organization Address\nMA-L,940D2D,\"Universal Electronics, Inc.\",201 E. Sandpointe Ave Santa Ana CA US 92707 \nMA-L,94F827,Shanghai Imilab Technology Co.Ltd,\"29F, A Tower, New Caohejing International Business Center, Guiping Road, Xuhui District Shanghai Shanghai CN 200000 \"\nMA-L,F0B040,HUNAN FN-LINK TECHNOLOGY LIMITED,\"No.8, Litong Road, Liuyan Economic & Tec Changsha HUNAN CN 410329 \"\nMA-L,482F6B,\"Aruba, a Hewlett Packard Enterprise Company\",3333 Scott Blvd Santa Clara CA US 95054 \nMA-L,4C06B7,ProDVX Europe B.V.,Europalaan 12F Den Bosch NB NL 5232 BC \nMA-L,7486E2,Dell Inc.,One Dell Way Round Rock TX US 78682"}
	usbDellBC02       = doc{"usb.ids", "usb.ids", "5211  1110 Laser Printer\n\t5220  Laser MFP 1600n\n\t5225  Printing Support\n\t5226  Printing Support\n\t5228  Laser Printer 1720dn\n\t5300  Laser Printer\n\t5400  Laser Printer\n\t5401  Laser Printer\n\t5404  1250c Color Printer\n\t5513  WLA3310 Wireless Adapter [Intersil ISL3887]\n\t5534  Hub of E-Port Replicator\n\t5601  Laser Printer 3100cn\n\t5602  Laser Printer 3000cn\n\t5607  MFP Color Laser Printer 3115cn\n\t5631  Laser Printer 5100cn\n\t564a  C1765 series Multifunction Color LaserPrinter, Scanner & Copier\n\t5905  Printing Support\n\t8000  BC02 Bluetooth Adapter\n\t8010  TrueMobile Bluetooth Module in\n\t8100  TrueMobile 1180 802.11b Adapter [Intersil PRISM 3]\n\t8102  TrueMobile 1300 802.11g Wireless Adapter [Intersil ISL3880]\n\t8103  Wireless 350 Bluetooth"}
	usbAtenCE700A     = doc{"usb.ids", "usb.ids", "0556  Asahi Kasei Microsystems Co., Ltd\n\t0001  AK5370 I/F A/D Converter\n0557  ATEN International Co., Ltd\n\t2001  UC-1284 Printer Port\n\t2002  10Mbps Ethernet [klsi]\n\t2004  UC-100KM PS/2 Mouse and Keyboard adapter\n\t2006  UC-1284B Printer Port\n\t2007  UC-110T 100Mbps Ethernet [pegasus]\n\t2008  UC-232A Serial Port [pl2303]\n\t2009  UC-210T Ethernet\n\t2011  UC-2324 4xSerial Ports [mos7840]\n\t2202  CS124U Miniview II KVM Switch\n\t2212  Keyboard/Mouse\n\t2213  CS682 2-Port USB 2.0 DVI KVM Switch\n\t2221  Winbond Hermon\n\t2404  4-port switch\n\t2419  Virtual mouse/keyboard device\n\t2600  IDE Bridge\n\t2701  CE700A KVM Extender\n\t4000  DSB-650 10Mbps Ethernet [klsi]\n\t7000  Hub\n\t7820  UC-2322 2xSerial Ports [mos7820]\n\t8021  Hub"}
)

// 23b8dad: manuals answer many a "how do I …" in prose, a menu path, a
// key or a word to type, with no code the veto counts: a GUI path
// ("Keyboard & Mouse" -> "Keyboard" -> …), a web service ("by subscribing
// to the package in the Debian Package Tracker"), a man page as ingest
// renders its HTML ("debhelper 1": the section's brackets are gone, so
// manSection misses it), a separator ("with a comma (“,”)"), a modifier
// written as a quoted symbol ("the \"@\" modifier"), and a plain
// instruction ("use a regular expression that matches any string").
// Each unit answers; each is read with confidence 0.85 to 0.97 and then
// vetoed to 0.
func TestReviewS28bProcedureAnsweredInProse(t *testing.T) {
	r := New(nil)
	for _, tc := range []struct {
		q, want string
		d       doc
	}{
		{"How can I force Caps to become Esc?", `"Additional Layout Option"`, debrefCapsEsc},
		{"How can I get the same emails that the package maintainer gets?", "by subscribing to the package in the Debian Package Tracker", devrefTracker},
		{"How do I get started with debhelper?", "by reading debhelper 1", devrefDebhelper},
		{"How do I create an alias for more than one address?", "separate the\naddresses with a comma", muttAliasUsage},
		{"How can I restrict address pattern matching to aliases that I have defined?", `the "@" modifier`, muttAliasPatterns},
		{"How can I match any defined alias?", "use a regular expression that matches any string", muttAliasPatterns},
	} {
		t.Run(tc.q, func(t *testing.T) {
			srcs := sources(tc.d)
			a := r.Read(tc.q, srcs)
			assert.Contains(t, answerText(a, srcs), tc.want, r.Explain(tc.q, srcs, 3))
		})
	}
}

// c02de56: a man page's DESCRIPTION opens "This command …" or "This
// helper …" right under the one-line heading DESCRIPTION, a termLine
// (all capitals, so even written as code). The sentence speaks of the
// page's command, named in its title and NAME line ("git-column -
// Display data in columns"), not of the heading; yet speaksOfOther caps
// the question's "git-column" at 0.5 there, though the sentence does
// not even write it, and the right unit drops under the threshold
// (0.95 → 0.58, 0.89 → 0.32). The same holds for every DESCRIPTION,
// HOOKS, ENVIRONMENT or CONFIGURATION section of Git's pages asked of by
// the command's hyphenated name.
func TestReviewS28bDemonstrativeUnderSectionHeading(t *testing.T) {
	r := New(nil)
	for _, tc := range []struct {
		q, want string
		d       doc
	}{
		{"What does git-column format into a table with multiple columns?", "the lines of its standard input", gitColumn},
		{"What does git-remote-fd use to connect to a remote Git server?", "specified file descriptors", gitRemoteFd},
	} {
		t.Run(tc.q, func(t *testing.T) {
			srcs := sources(tc.d)
			a := r.Read(tc.q, srcs)
			assert.Contains(t, answerText(a, srcs), tc.want, r.Explain(tc.q, srcs, 3))
		})
	}
}

// 04c5fca: "BC" and "CE" open model names in usb.ids ("8000  BC02
// Bluetooth Adapter", "2701  CE700A KVM Extender": eraAfter takes any
// non-letter after the era, a digit too) and close Dutch postcodes in the
// IEEE registry ("NL 5617 BC"); the product id or the postcode becomes
// a year of fit 1 (up to four digits, 5617 and 8000 included, where
// IsYear stops at 2100), and a date question nothing here answers is
// answered with confidence 0.87 to 0.94 instead of declined.
func TestReviewS28bEraWordInCodes(t *testing.T) {
	for _, tc := range []struct {
		text, num string
	}{
		{"\t8000  BC02 Bluetooth Adapter\n", "8000"},
		{"\t2701  CE700A KVM Extender\n", "2701"},
		{"\t0640  BC640\n", "0640"},
		{"Torenallee 20 Eindhoven Noord-Brabant NL 5617 BC \n", "5617"},
	} {
		i := strings.Index(tc.text, tc.num)
		assert.False(t, english.IsEraYear(tc.text, i, i+len(tc.num)), tc.text)
	}
	r := New(nil)
	for _, tc := range []struct {
		q string
		d doc
	}{
		{"In what year was the BC02 Bluetooth Adapter introduced?", usbDellBC02},
		{"In what year did ATEN release the CE700A KVM Extender?", usbAtenCE700A},
		{"In what year was Sorama BV founded?", ouiSorama},
		{"In which year was ProDVX Europe B.V. established?", ouiProDVX},
	} {
		t.Run(tc.q, func(t *testing.T) {
			srcs := sources(tc.d)
			a := r.Read(tc.q, srcs)
			assert.True(t, a.Declined(), "%q\n%s", answerText(a, srcs), r.Explain(tc.q, srcs, 3))
		})
	}
}
