package attrib

// Word lists the sieve consults. They are data, not logic: extending a list is the
// intended way to teach the sieve a new verb, title or first name. All entries are
// lower case; lookups fold case first.

// strongVerbs are verbs of saying: next to a quotation they attribute it on their own
// ("…,” Witkoff said / said Caddell / Witkoff said: “…”).
var strongVerbs = set(`say says said saying tell tells told telling add adds added adding
explain explains explained explaining insist insists insisted insisting declare declares
declared declaring confess confesses confessed urge urges urged warn warns warned warning
reply replies replied replying ask asks asked asking recall recalls recalled recalling
state states stated stating continue continues continued continuing concede concedes
conceded respond responds responded announce announces announced quip quips quipped
joke jokes joked complain complains complained caution cautions cautioned vow vows
vowed promise promises promised promising predict predicts predicted stress stresses
stressed emphasise emphasises emphasised emphasize emphasizes emphasized counter counters
countered remark remarks remarked shout shouts shouted tweet tweets tweeted tweeting
write writes wrote writing post posts posted posting claim claims claimed claiming
argue argues argued note notes noted noting acknowledge acknowledges acknowledged
admit admits admitted suggest suggests suggested suggesting report reports reported
repeat repeats repeated reiterate reiterated mention mentions mentioned observe observed
observes agree agreed agrees assure assured assures assuring ensure ensuring confirm
confirms confirmed confirming deny denies denied say-so proclaim proclaimed wonder
wondered wonders exclaim exclaimed boast boasted boasts admitted charge charged charges
testify testified allege alleges alleged accuse accused accuses
concluded concluding conclude concludes commented comment comments commenting
detailed summarized summarised characterized
characterised signal signals signaled signalled sing sings sang chanted chant`)

// weakVerbs are verbs of stance that take a quoted fragment as their object ("called it
// a “standard negotiation”", "described … as a “very productive” conversation"); they
// attribute only a quotation that sits a few words after them.
var weakVerbs = set(`call calls called calling describe describes described describing
refer refers referred referring label labels labeled labelled dub dubs dubbed brand
brands branded term termed deem deemed frame framed hail hailed praise praised dismiss
dismissed slam slammed blast blasted decry decried criticize criticized criticise
criticised offer offers offered offering propose proposes proposed proposing recommend
recommended recommends hope hopes hoped hoping respect respects want wants wanted
express expressed expresses thank thanked congratulate congratulated share shared
shares pledged pledge pledges threaten threatened threatens advise advised advises
tell-off rule ruled rules`)

// nounCues are nouns that carry a quotation the way a verb does ("in a post", "in a
// statement", "in an interview").
var nounCues = set(`post tweet statement interview letter message remarks comments
comment speech briefing conference release op-ed column memo transcript posting
video podcast testimony address`)

// pronounGender maps subject pronouns to the gender they require ("" = any).
var pronounGender = map[string]string{"he": "m", "she": "f", "i": "", "we": "", "they": ""}

// titleWords are the words of titles and descriptors that precede a name ("US
// Special Envoy", "Rep."); they are stripped from a name and recorded as its roles.
var titleWords = set(`president vice prime minister secretary sen senator rep
representative gov governor mr mrs ms dr mayor gen general adm admiral chairman
chairwoman chair ceo spokesman spokeswoman spokesperson envoy special deputy foreign
defense defence state attorney judge justice pope king queen prince princess sir lord
lady speaker leader chief ambassador commissioner director adviser advisor aide
representative negotiator minister premier chancellor former acting senior top us u.s
russian ukrainian american european british french german israeli chinese national
security army navy cabinet press republican democratic democrat
rev revd reverend rt venerable col colonel lt capt captain sgt professor prof economic emissary
retired maj cmdr commander del delegate atty supt manager coach skipper inspector
councillor councilor superintendent detective magistrate sergeant constable`)

// notNames are capitalised words that start sentences or name things, never people.
var notNames = set(`the a an and but or so if then however since when while after before
this that these those there here it its his her their our my your we i he she they
you on in at by for from to of with as about against between into through during
without within under over again also yet still just only even already now today
yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december
according meanwhile moreover furthermore instead although though because unless
until once where what who whom whose which why how both either neither each every
all some many most several few no not nor one two three four five six seven eight nine
ten first second third last next new old other another such much more less key
unsurprisingly just mr mrs ms dr in-depth read related check leave generated nuevo
upon be that's it's let let's maybe perhaps well yes no okay ok oh given
full text major sources
jan feb mar apr jun jul aug sep sept oct nov dec`) // month abbreviations ("Sept. 11")

// orgWords mark a capitalised run as an organisation or place rather than a person.
var orgWords = set(`house kremlin times journal post news press agency council
committee party department ministry office government administration union fund
bank company corporation inc institute hospital clinic university college school church commission
court congress senate parliament assembly forum network channel magazine review
bloomberg reuters axios insider guardian newsweek euronews meduza telegram twitter
facebook x truth social politifact cnn bbc fox msnbc abc nbc cbs ap afp tass
ukraine russia america states europe kyiv moscow washington beijing china gaza israel
hamas nato eu un geneva miami florida alaska istanbul donbas donetsk crimea
street world international national federal republic kingdom city state nations
campaign foundation group association organization organisation army navy
airforce security tuesday times wall hill new york`)

// roleNouns are the heads of role phrases that can stand for a person ("the
// president", "the envoy", "the Russian").
var roleNouns = set(`president envoy senator minister secretary spokesman spokeswoman
spokesperson adviser advisor aide negotiator official head chief leader governor
mayor congressman congresswoman representative chairman chairwoman director candidate
nominee businessman businesswoman diplomat ambassador emissary russian ukrainian
american lawmaker general commander premier chancellor host pollster author writer
reporter journalist analyst lawyer attorney judge founder son-in-law daughter son wife
husband father mother republican democrat pundit economist investigator activist
campaign manager strategist executive commentator representative spokesmen coach
captain skipper striker goalkeeper referee inspector councillor councilor detective`)

// anonymousHeads are heads of indefinite source phrases that name nobody ("a source",
// "a person familiar with …"). "questioner" and "friend" are not among them: PolNeAR
// names "one questioner" and "a friend" as the speakers (describedHeads has them).
var anonymousHeads = set(`source sources person people official officials insider
insiders observer observers critic critics analyst analysts expert experts diplomat
diplomats someone aide aides member members resident residents`)

// firstNames maps common first names to a gender ("m"/"f"); it lets "she" skip
// "Steve Witkoff" and marks a capitalised run as a person's name.
var firstNames = func() map[string]string {
	m := map[string]string{}
	for _, n := range words(`steve steven stephen kirill yuri yuriy sergei sergey donald
	vladimir volodymyr marco jared mike michael dan daniel rustam rustem andriy andrei
	andrey dmitry dmitri serhiy sergiy richard glenn ted gregory don brian mitch roger jd
	emmanuel christo luke barak recep abdel lloyd jason pat patrick alex bill barack joe
	george john james robert david tim tom thomas paul peter mark matt matthew chris
	christopher kevin jeff jeffrey scott eric gary bernie rick ron newt rudy chuck nick
	anthony tony frank sean ben benjamin sam samuel jim jimmy bob charles charlie
	william henry jack harry andrew adam kirk rand lindsey reince corey kellyanne rex
	alexei alexander aleksandr igor ivan nikolai oleg viktor boris mikhail pavel maxim
	kiril dmytro oleksandr petro vitali vitaliy anatoly ramzan ilham recep keir olaf
	friedrich giorgia viktor jens mark-rutte kaja ursula antonio pedro jd jon jonathan
	josh joshua justin kyle larry lee martin nathan neil noah oliver ray raymond roy
	russell ryan stanley todd tyler vance walter wayne zach hunter mohammed muhammad
	ali hassan ahmed omar abdullah benny yair naftali isaac herzog bruce rush sergio
	luis carlos jose juan xi wang li kim elon steve-o dick newt eliot
	ronald harold lamar marc mitt leonard earl lawrence howard lester robby kenneth ken
	gerald dennis douglas edward ed jerry jesse joel keith louis marcus ralph ronnie
	vincent vann elijah reggie herman leon melvin al alan allen arthur carl clarence
	curtis dale danny darrell derek eugene franklin fred frederick gordon harvey jacob
	jerome johnny karl lyndon marvin maurice norman oscar phil philip randy rodney
	sherrod spencer stuart trent trey troy vernon wesley willie dwight jeb barry
	dwayne tommy`) {
		m[n] = "m"
	}
	for _, n := range words(`hillary melania ursula kaja giorgia katerina jill mary
	nancy elizabeth kamala sarah sara susan karen tulsi nikki kellyanne ivanka marjorie
	lauren anna maria olena yulia julia tatiana natalia irina elena olga svetlana
	angela theresa liz margaret jessica jennifer emily emma laura linda lisa michelle
	hope ann anne betsy kirsten amy debbie dianne maxine ilhan alexandria katie kate
	catherine victoria samantha rachel rebecca sally helen gennifer ruth janet nina
	kathleen monica paula patricia barbara diane donna carol sharon deborah cynthia
	megyn dana kristen christine heather melissa stephanie nicole andrea huma
	cheryl donna-brazile brenda loretta marcia doris megan barbra oprah serena
	condoleezza madeleine valerie sheryl maya tammy tina rosa carly claire jeanne
	marsha gwen gina terri eleanor abigail betty dorothy judy joan jane jean joyce
	shirley gloria evelyn frances alice sandra teresa wendy denise brittany ashley
	amanda kimberly tiffany danielle erin molly kathy cindy peggy carolyn marie louise
	julie beverly nora lucy natalie leah hannah caroline claudia sonia lena mariah
	whitney ayanna keisha melanie`) {
		m[n] = "f"
	}
	return m
}()

// set builds a lookup set from a whitespace-separated word list.
func set(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words(list) {
		m[w] = true
	}
	return m
}

// words splits a whitespace-separated list.
func words(list string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(list); i++ {
		if i == len(list) || list[i] == ' ' || list[i] == '\n' || list[i] == '\t' {
			if start >= 0 {
				out = append(out, list[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}
