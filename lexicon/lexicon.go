// Package lexicon holds the small pieces of English that Verbatim's
// question handling needs and that more than one package uses: groups of
// words that reference texts and the questions about them use for the same
// fact. It is data, not code: each user stems the words its own way.
package lexicon

// RelatedGroups are words that reference texts and the questions about
// them use for the same fact ("When was it finished?" — "It was completed
// in 1903"; "How many people live there?" — "It has 2,340 inhabitants").
// Each string is one group, words separated by spaces.
var RelatedGroups = []string{
	`found founded founder establish established formed start started create created`,
	`born birth birthplace native`,
	`die died death dead kill killed drown drowned perish perished fatalities`,
	`marry married marriage wife husband wed wedding spouse`,
	`population inhabitants inhabited residents people live lived living citizens`,
	`area size cover covers covered square extent big large`,
	`complete completed finish finished open opened build built construct constructed inaugurate inaugurated made`,
	`close closed shut abandon abandoned cease ceased`,
	`tall tallest high higher highest height elevation altitude`,
	`long longer longest length stretch stretches`,
	`wide wider widest width breadth`,
	`deep deeper deepest depth`,
	`money prize purse award awarded sum amount cost price paid fee worth`,
	`currency money coin`,
	`succeed succeeded successor heir`,
	`write wrote written writer author book published`,
	`design designed designer architect`,
	`invent invented inventor invention devise devised`,
	`sink sank sunk wreck wrecked founder foundered struck aground`,
	`win won winner victory champion`,
	`employ employed employees workers staff`,
	`hold holds capacity spectators seats`,
	`members seats`,
	`rule ruled ruler reign reigned king queen prince princess monarch`,
	`lead led leader head headed`,
	`discover discovered discovery find found`,
	`speed fast winds`,
	`climb climbed ascent ascend ascended`,
	`command commanded commander captain master skipper`,
	`receive received award awarded given granted won`,
	`locate located situated lies stands`,
	`teach taught teacher professor lecturer`,
	`study studied student educated`,
	`serve served office term`,
	`begin began beginning start started`,
	`end ended finish finished`,
	`flow flows river`,
	`carry carried passengers`,
	`produce produced production output`,
	`own owned owner`,
	`name named called known`,
	`sell sold sale auction`,
	`pay paid cost price`,
	`dialling dialing calling phone telephone`,
	`trip journey ride travel`,
	`opus op`,
}
