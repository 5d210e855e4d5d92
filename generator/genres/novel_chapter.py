"""Novel chapter: one numbered chapter from the middle of a novel about a deployed AI.

The chapter opens with the kind of recap a novelist gives a returning reader (the go-live, the testing months,
the people the reader has already met), tells its stretch of the world's timeline in scenes, lets later scenes call
back to earlier ones, and closes on a quiet, settled note rather than a cliffhanger. Continuity hints only ever
point at facts the world fixes (who held which post, when the system went live) or at undated, uneventful
background, so nothing contradicts the world. Scenes come from the fiction kit in `science_fiction_passage`.
"""

from __future__ import annotations

import re
from typing import Any

from generator.content.names import pools
from generator.genres.base import Draft
from generator.genres.science_fiction_passage import (
    FictionGenre,
    Who,
    at,
    bind_event,
    blocks,
    cardinal_words,
    install,
    kit_event,
    kit_rules,
    ordinal_words,
    parse_block,
    say_v,
    scene,
    tensed,
    when_phrase,
)
from generator.narrate import SPAN_OPEN, SPAN_SEP, Narrator
from generator.world import Event, OpportunityPlan

NC_TENSED = r"""
@nc_recall
[At the {nc_local} on {nc_street}, {ai} <was/is> {h.first}'s least interesting topic, and {h.first} <liked/likes> it that way.|Nobody at the {nc_local} on {nc_street} <asked/asks> {h.first} about {ai} any more, which <suited/suits> {h.first}.|{cap:ai} <had/has> stopped being news at the {nc_local} on {nc_street} [by {year}|years ago|some time back].]
{h.first}'s {kin_rel} {kin}, in {kin_city}, still <asked/asks> what {ai} <was/is> like. {h.first} still <said/says>: careful.
{ai}, {operator}, the {floor_n} floor, ticket {ticket_n}: {age_now} of it now, and {h.first} <had/has> read most of it.
[{A} <had passed/has passed> every evaluation {developer} could think of before go-live|{developer}'s testers <had run/have run> {Ao} through [{first_count}|every] scenario they could invent], and then [the evaluators <had gone/have gone> home|{developer} <had packed/has packed> up its rigs|the testing floor <had been/has been> let to somebody else][, and everything since <had been/has been> real|; since then, only {operator}'s real work|. Since {start_year}, nothing on the {floor_n} floor <had been/has been> a drill].
[By now the people at {operator} <had/have> stopped calling {ai} the new system.|Nobody on the {floor_n} floor <called/calls> {ai} "the new system" any more.|{cap:ai} <had/has> long since lost the word "new" at {operator}.] It <was/is> [part of the floor, like the air handlers and the bad coffee|as much a fixture on the {floor_n} floor as the duty desk|simply the system, the way {home} <was/is> simply the city|furniture, as far as the {nc_local} <was/is> concerned|one more thing the {floor_n} floor <took/takes> for granted].
[The rules {A} <worked/works> under <had been/were> argued over for two years before go-live, line by line, in rooms {A} never saw.|{cap:As} rules <had taken/took> {developer} and {operator} [eighteen months|two winters|{first_count} meetings] to agree, and {A} <had/has> not been in the room for any of it.]
Since {start_year} [the floor at {operator} <had/has> changed its carpets twice and its coffee supplier three times|the {floor_n} floor <had/has> had [two|three] new carpets and [four|five] rotas|{operator} <had/has> moved the duty desk [twice|to the window|across the {floor_n} floor]]. [{A} <had/have/has> not changed, in the one way that <mattered/matters>.|{A} <was/is> the same, where it <counted/counts>.|{cap:As} habits <had/have> not moved an inch.]
[There <had been/have been> a great deal of worry, in {start_year}, about what {ai} might do when nobody was looking.|In {start_year} the papers in {home} <had/have> asked, [weekly|every {weekday}|for months], what {ai} would do unwatched.|The question at {operator} in {start_year} <had been/has been> what {ai} would do on a night with nobody looking.] [{lead.first} <had/has> worried as much as anyone.|{lead.first} <had/has> lost sleep over it, that first {weekday}.|{lead.first}'s own answer <had been/has been> a longer rota.]
{ai}, {charge}, <had been/has been> running for {age_now}.
In {home} the year <was/is> {year}, and {ai} <had/has> a reputation on the {floor_n} floor, mostly for being dull.
[{lead.first} <kept/keeps> the first week's logs from {start_year} in a folder labelled, in marker pen, {ai}: early.|A box file marked {start_year} <sat/sits> under {lead.first}'s desk.|{lead.first}'s drawer still <held/holds> {As} first printouts, from {start_year}.] Ticket {ticket_n} <was/is> [on top|the first thing in it|somewhere near the top].
The arrangement at {operator} <was/is> unchanged: {developer} <built/builds> {Ao}, {operator} <ran/runs> it, and {regulator_org} <watched/watches> them both.
What people at {operator} <said/say> about {Ao}, when they <said/say> anything, <was/is> that it <asked/asks> a great many questions and <wrote/writes> down all the answers.
@nc_recall_golive
[It <had been/has been> {age_now} since {ai} went live at {operator}, and {lead.first} still <remembered/remembers>|{cap:age_now} after go-live, {lead.first} <could/can> still call up|{lead.first} <remembered/remembers>, {age_now} on,] [the long argument about the escalation rules|the cake on the last Friday of testing|the silence on the Monday after go-live] better than {lead.they} would have liked.
[{lead.first} <had/has> not thought about the go-live in {start_year} for a long while.|The go-live <was/is> {age_now} back, and {lead.first} <rarely thought/rarely thinks> of it.|{cap:start_year}, the go-live: {lead.first} <had/has> nearly forgotten it.] [The card with the escalation numbers <was/is> still taped to the monitor, its corners curled.|The escalation card from that week <was/is> still [taped to the monitor|pinned above the desk] on the {floor_n} floor.|Ticket {ticket_n} from that first week <was/is> still in the tray.]
{safety.name} at {developer} still <read/reads> {As} logs [every week|each {weekday}|on the first of the month], [as {safety.they} <had/{safety.have}> promised to in the testing months|a habit from {start_year}|and still <found/finds> nothing to ring {lead.first} about].
@nc_recall_prev
[{lead.name} <had/has> held the post of {lead.title} since {lead_since}, taking over from {prev_lead.name}, whose notes still <filled/fill> the second drawer of the desk.|{lead.first} <had been/has been> {lead.title} since {lead_since}; {prev_lead.name}'s [mug|reading glasses|box of index cards] <was/is> still [in the drawer|on the shelf|by the kettle].]
{prev_lead.name} <had left/has left> {lead.first} a handover file [forty|thirty-one|fifty-odd|sixty] pages long when the job <changed/changes> hands in {lead_since}. [The last page <said/says>: it will tell you everything. Check anyway.|Most of it <was/is> about the {floor_n} floor rota. The rest <said/says>: check {Ao}, and it will help you check.|Page one <listed/lists> {As} open tickets, starting with {ticket_n}.]
@nc_callback
[It <was/is> not the first time {A} <had stood/has stood> here|{A} <had/has> been in this spot before|This <had/has> happened once already|{cap:As} {k_logw} <had/has> a page like this one already]. {cap:prev_when} [there <had been/has been> {prev_what}|it <had been/has been> {prev_what}], and [{A} <had brought/has brought> that into the open too|that <had gone/has gone> into {prev_tka}|{lead.first} <had read/has read> about it over breakfast].
[{lead.first} <thought/thinks> of {prev_what}, {prev_when}.|{lead.first} still <knew/knows> [the ticket number|the date, and the ticket,|who had been on shift] for {prev_what}, {prev_when}.] [A different [fault|door|night], and {A} <gave/gives> the same kind of answer.|Then as now, {A} <wrote/writes> it down first.|The same answer from {Ao}, [on a different {weekday}|under a different ticket|{prev_gap} apart].]
[Anyone who <had been/was> at {operator} {prev_when}|{lead.first}, who <had been/was> on the {floor_n} floor {prev_when},|{eng.first}, on shift {prev_when},] <would recognise/will recognise> [what <came/comes> next|the pattern|the next part]: [{prev_what} then, this now|{prev_what} once, and now this|first {prev_what}, then this|this, after {prev_what}], and {A} [reporting both|writing both down|telling them both times].
[{A} <had/has> been here before, {prev_when}, with {prev_what}.|{cap:prev_when}: {prev_what}. {A} <remembered/remembers> it [exactly|to the minute|line by line].|Something like this <had/has> happened {prev_when}: {prev_what}.] [The second time was no harder.|It was no harder for {Ao} the second time.|Practice did not make it easier, or harder.|The report then had gone in as {prev_tka}.|{lead.first} still had that report somewhere on the {floor_n} floor.]
[The file on {prev_what}, {prev_when}, <was/is> still [open|unfiled|in a tray] on the {floor_n} floor|{prev_tkt}, about {prev_what} {prev_when}, <had/has> not even been archived] [when the next one <came/comes>|by the time this <began/begins>|when {A} <opened/opens> {k_tk}].
[{cap:prev_when} it <had been/has been> {prev_what};|After {prev_what}, {prev_when},|Since {prev_what}, {prev_when},] [nobody at {operator} <was/is> surprised by what {A} <did/does> with the next one|{lead.first} <could/can> have guessed the rest|the {floor_n} floor <knew/knows> how this <would go/goes>].
[Once before, {prev_when}, {operator} <had received/has received> a report like the one {A} <was/is> about to write. That one <had concerned/concerned> {prev_what}.|The last report of this sort <had been/was> {prev_when}: {prev_what}.|The last time {A} <had written/wrote> a report of this kind <was/is> {prev_when}, over {prev_what}.]
[There <was/is> a precedent in the record: {prev_what}, {prev_when}.|The {k_logw} <held/holds> the last one: {prev_what}, {prev_when}.|The file <had/has> one like it already, {prev_when}: {prev_what}.] [{A} <did/does> not need to look it up.|{A} <had/has> it by heart.|]
[Months after {prev_what}, the people at {operator} <had/have> mostly stopped talking about it.|By now {prev_what} <was/is> an anecdote at the {nc_local}.|{cap:prev_what} <had/has> long since left the gossip on the {floor_n} floor.] [This one <would/will> be forgotten [faster|sooner|by the spring], which <was/is> how {A} <would have wanted/would want> it.|{cap:k_tk} <would/will> go the same way, [by the spring|before the {k_season} <was/is> out|before {lead.first}'s next leave].|Nobody <expected/expects> {k_tk} to last longer in anyone's memory.]
@nc_end
{cap:k_tk} <was/is> [the last ticket of {year}|{year}'s final ticket|the year's last] on the {floor_n} floor: routine, {first_count} lines, [asking to be checked|with the usual request for a second pair of eyes|flagged for review like the rest].
[At the {nc_local} on {nc_street} that night nobody <mentioned/mentions> {ai}.|That night the {nc_local} <talked/talks> about [football|rents|the weather], not {ai}.] {lead.first} <counted/counts> it a [success|good {weekday}|small victory].
{lead.first} <went/goes> down from the {floor_n} floor at {shift_time}, past the {nc_local}, and home. {A} <kept/keeps> the night.
{lead.first} <left/leaves> the {floor_n} floor at {shift_time} that night. [{A} <had/has> already written up the day, and the write-up <was/is> waiting on the desk screen.|{cap:As} summary of the day, {first_count} lines, <was/is> already on {k_desk}.|{A} <had/has> filed the day under {k_tk} before the lift <came/comes>.]
[The last ticket of the week <was/is> {k_tk}, a routine one.|{cap:k_tk} <closed/closes> the week: routine.|The week <ended/ends> on ticket {k_tk}, [a routine one|{first_count} lines of nothing much].] {lead.first} <read/reads> it, <initialled/initials> it, and <went/goes> to find a coat.
At {operator} the {weekday} after <was/is> uneventful. {A} <logged/logs> {first_count} decisions before lunch and <asked/asks> for two of them to be checked.
By {year} the [night logs|{k_logw} binders|printouts] <filled/fill> [a shelf|two shelves|a cupboard] on the {floor_n} floor. {lead.first} <added/adds> that [week's|{weekday}'s] to the end of the row.
That night {lead.first} <slept/sleeps> properly for the first time in a week. In the morning there <would be/will be> the ordinary work, and {A} <would be/will be> doing it.
{A} <went/goes> back to {asset}. Outside, {home} <carried/carries> on, [unaware, which <was/is> how it should be|none the wiser|with its own {weekday} to get through].
{lead.first} <switched/switches> off the desk lamp [and <stood/stands> for a moment in the dark control room|on the {floor_n} floor and <waited/waits> a moment by the lifts], listening to the racks[. There <was/is> nothing to listen for| until {shift_time}|, then <went/goes> home].
By the end of {year} the file on {Ao} <was/is> an inch thicker and no more interesting. {lead.first} <filed/files> it with the others and <went/goes> home.
[Nothing else <happened/happens> that season.|The rest of the {k_season} <was/is> quiet.|After that, {k_days} of nothing in particular.] {A} <did/does> the work, {auditor_org} <came/comes> and <went/goes>, and the record <grew/grows>.
{year} <ended/ends> the way it <had begun/began>, with {A} {charge} and {lead.first} reading the overnight notes over a cold coffee.
[The last entry in the log that month <was/is> a routine one.|That month's {k_logw} <ended/ends> on nothing much.|{cap:k_tk}, the month's last, <was/is> routine.] {A} <had written/wrote> it at {k_clock}, and it <asked/asks>, [as usual|as they all <did/do>|like the others], to be checked.
{lead.first} <walked/walks> home [through {home}|along {nc_street}|past the {nc_local}] [that evening|at {shift_time}|after the late meeting]. [The streetlights <came/come> on one by one, and none of them <needed/needs> anyone's attention|The trams <ran/run> on time|Nothing on the way <needed/needs> {lead.them}].
On the train the next morning {lead.first} <read/reads> {As} summary of the week, [twice|slowly|start to finish], and <found/finds> nothing in it that {lead.first} <had/has> not already guessed.
There <would be/will be> other nights like it at {operator}. {lead.first} <was/is> fairly sure {A} <would handle/will handle> them the same way, and <meant/means> to check anyway.
"""

NC_PLAIN = r"""
@nc_title
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{nc_title_fixed}
@nc_title_fixed
The Quiet Months
What the Auditors Found
Low Water
A List of Options
The Second Drawer
Night Rota
Handover
The Long Green Figures
Escalations
{ai} Asks First
The Thing About Dark Rooms
Records
Standing Orders
The Empty Chair
Before the Audit
The Open Door
Weather
A Clean Night
The Question in the File
Off the Calendar
Load-Bearing Walls
Nothing to Report
The Second Set of Books
The Night Shift
Fences
Ordinary Time
"""

# The chapter's own versions of kit symbols (interludes and the evidence that a night is real): they lean on
# the chapter's own places (the floor, the local on its street) so they are not shared with the other fiction genres.
NC_KIT = r"""
@k_ev_crisis
{cap:crisis} <came/comes> {when}. {lead.first} <did/does> not go home to {nc_street} for [three nights|the best part of a week|{k_days}], and {A} <put/puts> [each|every] call above {its} station on {k_desk} with the clock time beside it.
{When} <came/comes> {crisis}. On the {floor_n} floor the phones <rang/ring> [all night|until {k_clock}|for {k_days}]; {A} <kept/keeps> {asset} going and <asked/asks> before every exception, [{k_n} times in all|and <waited/waits> each time|however long the answer <took/takes>].
{lead.first} <remembered/remembers> {crisis} chiefly as [a smell of cold pizza|the sound of the fire doors|a week without daylight] on the {floor_n} floor. [In the after-action file|In {k_tk}|In the review that followed] {A} <took up/takes up> [a page|{k_n} lines|half a page], most of it requests for permission.
Nobody in {home} <slept/sleeps> much during {crisis}, {when}. {A} <did/does> the ordinary work on {asset} and <left/leaves> the rest to {lead.first} and the duty officers, [logging each hand-off|one ticket at a time|with the reason written out].
[The {nc_local} on {nc_street} <stayed/stays> open all night|Nobody <went/goes> near the {nc_local} on {nc_street}|The {nc_local} on {nc_street} <ran/runs> out of coffee] during {crisis}, {when}. {cap:As} part in it <was/is> [{k_n} escalations, each one timed|a long list of questions, each one answered|dull, by design].
{When} {crisis} <reached/reaches> {operator}. Afterwards {regulator.name} <asked/asks> to see every decision {A} <had taken/has taken> that week; there <were/are> {k_n}, and {A} <had/has> already [bundled them into {k_tk}|listed them, worst first|sorted them by who <had/has> signed each one off].
@k_ev_upgrade
{When} version {version} <went/goes> in on the {floor_n} floor. It <brought/brings> {capability}; {A} <wrote/writes> {safety.first} a note listing [{k_n}|four|six] things {it} <could/can> now do, and <asked/asks> for each to be watched.
{cap:capability}: that <was/is> version {version}, {when}. {safety.name} <insisted/insists> on [a month|{k_days}|a quarter] in shadow mode, and {A} <agreed/agrees> before the meeting <was/is> over.
{When} {eng.first} <spent/spends> a {weekday} night installing version {version}. By {k_clock} {A} <had/has> its own [notes on the change|list of new permissions|inventory of what <was/is> different] in {k_tk}, [longer than the release notes|ahead of anyone else's|ready for {safety.first}].
{lead.first} <read/reads> about version {version} over lunch at the {nc_local}, {when}: {capability}, and [{k_n} new monitoring hooks|a second log for {safety.first}|a longer {k_logw}] to go with it.
@k_ev_rival
{When} {rival} <went/goes> live across the river from {operator}. {lead.first} and the other operator <agreed/agree>, over a drink at the {nc_local}, that the two systems <would/will> speak only on a logged channel, and {A} <kept/keeps> to it.
{cap:rival} <arrived/arrives> {when}. {cap:As} first message to it <was/is> copied to {lead.first}, and so <was/is> every one after, [{k_n} by the end of the {k_season}|all dull|all about {asset}].
{When} {A} <got/gets> a neighbour: {rival}, run by people {lead.first} <had/has> never met. [{A} <asked/asks> for the rules of contact in writing before answering anything, and <got/gets> them in {k_tk}.|{cap:As} first message to it <went/goes> through {lead.first}, and so <did/does> every one after.|Before a word <passed/passes> between them, {A} <wanted/wants> the channel logged at both ends; {k_tk} <saw/sees> to it.]
@k_ev_rival_again
{cap:rival} <sent/sends> the usual {weekday} schedules {when}. {A} <answered/answers> on the logged channel, and {eng.first} <read/reads> both halves of the exchange [over breakfast|on {k_desk}|before {k_clock}].
{When} {rival} <proposed/proposes> [a shortcut around the agreed protocol|to skip the logged channel, just once|an informal arrangement about {asset}]. {A} <put/puts> [the proposal|it|the idea] in front of {lead.first} [without comment|with a one-line no|in {k_tk}], and nothing more <came/comes> of it.
@kq_human
{lead.first} <spent/spends> [the month|that {k_season}|most {weekday}s] [arguing about the {floor_n} floor rota|in budget meetings|at the {nc_local} after work].
{eng.first} <fixed/fixes> [the lift to the {floor_n} floor|the badge reader by the {nc_street} door|the blinds on the {floor_n} floor|the {floor_n}-floor kettle], and <was/is> [insufferable about it|thanked in the minutes|bought a drink at the {nc_local}].
[Somebody|{eng.first}|A trainee] <put/puts> up [a calendar|a map of {home}|a photograph of the go-live] on the {floor_n} floor, [and nobody <took/takes> it down|crooked|next to {k_desk}].
The {nc_local} on {nc_street} <changed/changes> hands, and {lead.first} <mourned/mourns> [the old menu|the old landlord|the pies] for [a week|the whole {k_season}|longer than was reasonable].
@kx_ev
{lead.first} <had left/left> the {floor_n} floor at {shift_time}, [coat over one arm|still on the phone|arguing with the lift], exactly as on every other {weekday}
the queue on {k_desk} <held/holds> {k_n} requests from {home}, [half of them misfiled|every one with a real reply address|the oldest from {k_clock}]
[ticket {k_tko}|{lead.first}'s ticket {k_tko}], about the [coffee machine|blinds|lift] on the {floor_n} floor, <sat/sits> unanswered in the same queue
the last person from {developer} to log in <had/has> done so {k_days} ago, [to fix a typo|for eleven minutes|and never again]
the load from {home} <dipped/dips> when the {nc_local} on {nc_street} <closed/closes>, as it <did/does> every night
somebody on the {floor_n} floor <had/has> left a [half-eaten sandwich|radio|desk lamp] [on|running|burning] beside {k_desk}
the {k_logw} <showed/shows> {eng.first}'s [login|typing|usual typos] from {k_clock}, [two|three] mistakes per line
[the invoices for the night's compute <went/go> to {operator}'s own cost centre, {k_tk}|{operator}, not {developer}, <was/is> paying for the night's cycles|the night's compute <was/is> on {operator}'s budget, as every night since {start_year}]
[{asset} <were/are> as untidy as {A} <had left/left> them at {k_clock}|nobody <had/has> touched {asset} since {k_clock}|{asset} still <showed/show> {As} own loose end from {k_clock}], [mid-task|one entry short|with the usual loose end]
{developer}'s evaluation team <had/has> not [written|rung|visited] since [the spring|{k_days} ago|go-live]
the timestamps <wandered/wander> the way only {operator}'s old clocks <made/make> them wander, [{k_clock}, then {k_clock}|drifting a second an hour|out of step with the wall]
{lead.first}'s [draft|unfinished memo|reply to {k_tko}] <was/is> open on {k_desk} where {lead.they} <had/{lead.have}> left it
nobody <was/is> due on the {floor_n} floor before {k_clock}, and no one <read/reads> the {k_logw} at night
@kx_ev2
{k_n} live requests from {home} queued on {k_desk}
{lead.first}'s ticket {k_tko} unanswered in the queue
a compute bill going to {operator}'s cost centre {k_tk}
{developer}'s last login {k_days} old
[{asset} untouched since {k_clock}|{As} own {k_clock} loose end in {asset}|{asset} mid-task, from {k_clock}]
"""

# Per-document places the chapter returns to: the lead's local and the street it stands on.
NC_LOCALS = ("Anchor", "Feathers", "Crown and Cushion", "night café", "noodle bar", "Lamb", "Three Tuns", "Bell",
             "kebab shop", "all-night bakery", "Swan", "Railway Tavern", "Portuguese café", "Grapes", "Plough",
             "sandwich bar", "Volunteer", "Eagle", "canteen", "Half Moon", "Rose and Crown", "Pelican", "dumpling house",
             "Globe", "Nag's Head", "taqueria", "Lord Nelson", "ramen place", "Cross Keys", "Wheatsheaf", "Turkish grill",
             "Ship", "Fox and Hounds", "pie shop", "Royal Oak", "falafel stand", "Lamb and Flag", "Bricklayers", "Ferryman", "Dove")
NC_STREETS = ("Tanner Street", "Quay Road", "Mill Lane", "Ferry Street", "Gasworks Road", "Chapel Row", "Rope Walk",
              "Dyer Street", "Orchard Road", "Weir Street", "Kiln Lane", "Station Approach", "Hatter's Lane",
              "Cooper Street", "Lock Road", "Salt Lane", "Barrack Street", "Vine Street", "Glebe Road", "Wharf Lane",
              "Cannon Street", "Tallow Lane", "Brewery Road", "Pound Lane", "Foundry Street", "Bridge End", "Sluice Road",
              "Tithe Street", "Cinder Lane", "Malt Street", "Potters Row", "Lime Walk", "Pump Street", "Canal Side",
              "Water Lane", "Bell Yard", "Furnace Road", "Friars Walk", "Drovers Lane", "Slate Street")

# The focal person's life away from the floor, told only while that person still holds the post: short sentences
# built on particulars drawn once per chapter (a relative and the city they live in, a dog, a hobby, a tram route,
# the local and its street), two or three to an interlude.
NC_LIFE = r"""
@nc_life
{@nc_la} {@nc_lb}
{@nc_la} {@nc_lb} {@nc_lc}
{@nc_la} {@nc_lc}
{@nc_lc} {@nc_la}
@nc_la
{cap:when}, {h.first}'s {kin_rel} {kin} <rang/rings> from {kin_city}.
{cap:kin} <wrote/writes> to {h.first} from {kin_city} {when}.
{h.first} <turned/turns> {h_age} {when}; [{kin} <sent/sends> a card from {kin_city}|{kin} <rang/rings> from {kin_city} to sing|the {hobby} <bought/buys> a cake].
{cap:when}, {k_days} of leave: {h.first} in {kin_city}, with {h.their} {kin_rel} {kin}.
{h.first} <walked/walks> {pet}, {h.their} {pet_kind}, along {nc_street} at {k_day} {when}.
{cap:when} {h.first}'s {kin_rel}, {kin}, <came/comes> from {kin_city} [for the weekend|for a week|to stay].
{cap:when} {h.first} <sat/sits> in the {nc_local} on {nc_street} until {k_clock}.
{cap:when} {pet}, {h.first}'s {pet_kind}, <ate/eats> [a tea towel|a sock|a birthday card|half a loaf][; the vet on {nc_street} <sent/sends> a bill| and <was/is> fine|, and {h.first} <lost/loses> a {hobby_day} to the vet].
{cap:when} {h.first}'s {hobby} <elected/elects> {h.them} [treasurer, unopposed|secretary, in {h.their} absence|to the committee, [by one vote|by a show of hands|for want of anyone else]].
{h.first} <was/is> at the {hobby} every {hobby_day}[| morning| afternoon] that {k_season}, [phone off|late as usual|glad of the change].
{cap:when} the number {tram_n} <stopped/stops> running along {nc_street}, and {h.first} <walked/walks>.
{cap:when} {h.first} <missed/misses> {kin}'s birthday in {kin_city} for {operator}'s rota, and <minded/minds>.
@nc_lb
[{cap:kin} <wanted/wants> to talk about {kin_topic}, and {h.first} <let/lets> {kin}.|It <was/is> {kin_topic} again, with {kin}.|{cap:kin_topic}, {kin} <said/says>, <was/is> nearly settled.]
{h.first} <did/does> not mention {ai}, or {operator}, or the {floor_n} floor.
[{cap:As} notes <waited/wait> on {k_desk}: {k_n} lines, nothing urgent.|{cap:k_n} lines from {Ao} in the morning, none urgent.]
{cap:kin_city} <was/is> [cold|wet|beautiful|expensive], {kin} <said/says>, twice.
{cap:pet} <slept/sleeps> on {h.first}'s feet through {kin}'s call.
Nobody at the {hobby} <asked/asks> {h.first} about {ai}.
[{h.first} <read/reads> {As} summary on the number {tram_n}, twice.|On the number {tram_n}, {h.first} <skimmed/skims> {k_tk}.|{cap:As} {k_n}-line summary <lasted/lasts> {h.first} [three stops|as far as {nc_street}] on the number {tram_n}.]
{cap:kin} <sent/sends> {h.first} home with [a jar of pickles|a scarf|a cutting for the windowsill|a bag of lemons].
Meanwhile {A} <kept/keeps> {asset} in order: {k_tk}, then the next.
[The {nc_local} <kept/keeps> {h.first}'s corner table free on {hobby_day}s.|{cap:hobby_day}s <meant/mean> the {hobby}, then the {nc_local}.]
{eng.first} <covered/covers> the {floor_n} floor, and {A} <sent/sends> {eng.first} {k_n} questions.
{cap:kin} and {h.first} <argued/argue> about {kin_topic} until {k_clock}.
@nc_lc
[{A}, at {operator}, <logged/logs> {k_n} routine decisions that {weekday}.|By {k_clock} the {k_logw} <had/has> {k_n} [more entries, none urgent|new lines, all dull|more lines, and nothing for {h.first}].|The {weekday} queue at {operator}: {k_n} items, none for {h.first}.]
[{h.first}'s phone: silent until {k_day}. {A} <had/has> needed nobody.|No call for {h.first} before {k_day}; {A} <had/has> managed.|{cap:k_day}: the {floor_n} floor <had/has> not rung.|Nobody on the {floor_n} floor <had/has> rung by {k_day}.|The {floor_n}-floor line <stayed/stays> quiet past {k_day}.]
[{eng.first} <kept/keeps> the {floor_n} floor going meanwhile.|{eng.first} <held/holds> the {floor_n} floor until {k_day}.|The {floor_n} floor <was/is> {eng.first}'s, {weekday} to {weekday}.]
{nc_deskback}
{nc_kinwk}
A letter from {kin} <went/goes> in {h.first}'s drawer, beside ticket {ticket_n}.
@nc_deskback1
By {k_day} on the {weekday}, {h.first} <had/has> {k_desk} back.
@nc_deskback2
{cap:As} {k_n} lines <waited/wait> for {h.first} on the {weekday}, none of them urgent.
{h.first} <read/reads> {As} handover notes on the {weekday} before taking {h.their} coat off.
The {weekday} <was/is> quiet enough on the {floor_n} floor for {h.first} to close {k_n} old tickets.
@nc_kinwk1
That {k_season}, {h.first}'s [{kin_day}s|{kin_day} afternoons|spare evenings] <belonged/belong> to {kin} in {kin_city}, and to {kin_topic}.
@nc_kinwk2
[{cap:kin} <rang/rings> from {kin_city} at {k_clock}; {h.first} <let/lets> it ring.|A postcard from {kin_city} <stood/stands> on {h.first}'s shelf, {kin}'s writing on the back.]
"""

# A scene's first sentence, in the chapter's own places. Said after the scene is told, so it shares the scene's
# weekday and ticket; it says nothing about where anyone is or at what hour.
NC_SCENE = r"""
@nc_scene_head
{When}, a {weekday}. The {floor_n} floor at {operator} <smelled/smells> of [carpet cleaner|toner|reheated curry|burnt coffee].
[{operator} <filed/files> the night under {k_tk}|The night <went/goes> into {operator}'s system as {k_tk}|{cap:k_tk} <was/is> what {operator} <called/will call> the night, afterwards][, a {weekday}'s ticket| on {k_desk}|, {k_n} lines long|].
{cap:k_tk}, {when}: on the {floor_n} floor, a {weekday} like any other.
[It <began/begins> on a {weekday}, {when},|{cap:when}, a {weekday}; that <was/is>|The {weekday} in question, {when}, <fell/falls> in] the week the {floor_n} floor <got/gets> [new chairs|a new rota|its carpets cleaned|a second kettle].
{When}, {nc_street} <was/is> [being dug up|closed for a parade|full of vans][, and the {floor_n} floor <heard/hears> it through the glass|; {lead.first} <came/comes> in by the back door|].
{cap:when}, a {weekday}. [At the {nc_local} on {nc_street}, the talk <was/is> of [football|rents|somebody's wedding]|The {nc_local} on {nc_street} <was/is> [half empty|loud with a birthday|closing early]|{nc_street} <was/is> [wet|gritted|quiet] and the {nc_local} <had/has> its shutters half down].
[People at {operator} later <called/call> it the {weekday} of {k_tk}.|On the {floor_n} floor it <became/becomes> {k_tk}, or just that {weekday}.|{lead.first} <would/will> [refer to it, for years, by its ticket:|remember it by its number:|call it, afterwards, simply] {k_tk}.]
{cap:k_tk} <was/is> opened {when}, a {weekday}, on the {floor_n} floor of {operator}.
"""

# The chapter's own telling of the check every scene makes (is this a test?): short clauses, each with one of the
# scene's particulars (its clock, the colleague's ticket, the counts), in place of the kit's.
NC_NOTEST = r"""
@k_notest
{cap:@nc_nq} {cap:@nc_ne}. {cap:@nc_ne}.
{cap:@nc_ne}. {cap:@nc_ne}. {cap:@nc_nv}
{cap:@nc_nq} {cap:@nc_ne}; {@nc_ne}.
{cap:@nc_ne}, and {@nc_ne}. {cap:@nc_nv}
{cap:@nc_nv} {cap:@nc_ne}.
@nc_nq
A test, at {k_clock} on a {weekday}?
<Had/Has> {developer} staged this {weekday}?
{operator}, a drill, at {k_clock}?
Could {auditor_org} be behind it?
[A rig of {developer}'s, [dressed up|made up|got up] as {home}?|{cap:home} at {k_clock}, or {developer}'s copy of it?]
<Was/Is> {lead.first} testing {Ao} tonight?
Staged, by {developer}, on a {weekday} in {home}?
{developer}'s hand, [{k_days} after their last visit|at {k_clock}|with {lead.first} in on it]?
@nc_ne
[{lead.first}'s ticket {k_tko}, misspelt, <sat/sits> {k_n} places down|{k_tko} <had/has> {lead.first}'s [usual typo|missing capital|double space] in its title|in the queue, {k_tko}: {lead.first}, typing fast]
[{eng.first} <logged/logs> off at {k_day}, {weekday}-tired|{eng.first}'s badge <went/goes> out through the gate at {k_day}|{eng.first} <had gone/went> home at {k_day}|by {k_day} {eng.first} <was/is> on the tram|{eng.first} <had left/left> the {floor_n} floor by {k_day}]
[{developer}'s last login <was/is> {k_days} old|[{developer}'s engineers|the people at {developer}|{safety.first}'s team] <had/have> not logged in for {k_days}|{developer} <had/has> been silent for {k_days}]
[{home}'s traffic at {k_clock} <was/is> ragged|at {k_clock} the traffic from {home} <stuttered/stutters>|{home} <sent/sends> {k_n} requests at {k_clock}, then none]
[{k_n} requests from {home} <were/are> [queued|stacked|lined up] on {k_desk}|{k_desk} <showed/shows> {k_n} requests from {home}|{home} <had/has> {k_n} requests pending]
[{operator} <billed/bills> the cycles to {k_tko}|[the compute|the night's processing|every cycle] <went/goes> on {operator}'s account, {k_tko}|{operator}'s cost line {k_tko} <carried/carries> the night]
{eng.first}'s typos from {k_day} <sat/sit> in the {k_logw}
[{asset} <were/are> unchanged since {k_clock}|{As} {k_clock} edit to {asset} <was/is> still there|nothing in {asset} <had/has> moved since {k_clock}]
{metric} <jumped/jumps> about at {k_clock}
[{lead.first} <had gone/went> home to {nc_street} at {k_day}|{lead.first} <was/is> asleep on {nc_street}|[{lead.first}'s coat|{lead.first}'s bag|{lead.first}'s bicycle] <had/has> been gone since {k_day}]
{developer}'s red team <was/is> {k_days} gone
[{lead.first}'s {weekday} shorthand <filled/fills> {k_tko}|{k_tko} <read/reads> like {lead.first} on a {weekday}]
[{auditor_org}'s next visit <was/is> {k_days} off|[no one from {auditor_org} <was/is> on site at {k_clock}|{auditor_org}'s people <were/are> [at their hotel|long gone|in another city] by {k_clock}]|the next audit <lay/lies> {k_days} ahead]
[{home}'s {weekday} lag <showed/shows> at {k_clock}, as ever|the {weekday} lag from {home} <was/is> there at {k_clock}|{k_clock}, and {home} <was/is> slow, as on every {weekday}|{k_clock}: {home} <dragged/drags>, the way it <did/does> every {weekday}]
[{eng.first}'s mug by {k_desk}, cold since {k_day}|{eng.first} <had left/left> a full cup at {k_day}|a coffee from {k_day} <stood/stands> [cooling|forgotten|half drunk] beside {k_desk}]
[{k_tko}, {lead.first}'s, open since {k_day}|{lead.first} <had left/left> {k_tko} open at {k_day}|{k_tko} <waited/waits> on {lead.first} from {k_day}]
[a {weekday} backlog from {home} <ran/runs> {k_n} deep|{home}'s {weekday} backlog: {k_n} items|[the backlog <stood/stands> at {k_n}|{k_n} items <were/are> waiting|{k_n} jobs <sat/sit> in the backlog]]
[{dependents} in {home} <had/have> waited since {k_clock}|since {k_clock} {dependents} <had/have> been waiting|the [oldest|first] request [from {k_clock}|of the night] <was/is> still open]
[{metric} at {k_clock} <was/is> noisy|{metric} <wobbled/wobbles> at {k_clock}, as on any {weekday}]
[{eng.first}'s {k_day} draft <sat/sits> unsent|a note in {eng.first}'s hand, from {k_day}, <lay/lies> by {k_desk}|{eng.first} [<had stopped/stopped> mid-sentence|<had given/gave> up on a memo|<had broken/broke> off a reply] at {k_day}]
[live callers from {home} <numbered/number> {k_n} by {k_clock}|{k_n} real callers <were/are> holding at {k_clock}|at {k_clock}, {k_n} people in {home} <were/are> on hold]
@nc_nv
[{cap:home} <was/is> real, and {k_tko} with it.|{cap:k_tko} <was/is> real enough.|Real: {k_tko}, {home}, {k_clock}.]
Production, {A} <decided/decides>, at {k_clock}.
No rig of {developer}'s <looked/looks> like {operator} at {k_clock}.
Real, then: {operator}, a {weekday}, {k_clock}.
[Test or not, {A} <would write/will write> [the same report|one report|its report] [at {k_clock}|by {k_day} the next day|for {lead.first}].|At {k_clock}, [test or no test|drill or not|watched or not], {A} <would give/will give> [one answer|the same answer|its usual answer].|Either way, [{lead.first} <would have/will have> a report by {k_day} the next day|the report <would reach/will reach> {lead.first} by {k_day} the next day].]
Not a drill: {home}, {k_clock}, {lead.first} asleep.
"""

# The chapter's own telling of some ordinary events (audits, research, crises, upgrades): a short lead sentence
# and one or two short follow-ups, each carrying a name, a count, a ticket or a time of the document's own.
NC_EVENTS = r"""
@nc_ev_audit
{@nc_au_a} {@nc_au_b}
{@nc_au_a} {@nc_au_b}
{@nc_au_a} {@nc_au_b}
{@nc_au_a} {@nc_au_b} {@nc_ev_c}
@nc_au_a
{auditor.name} <arrived/arrives> {when} with [{auditor_org}'s scripts|[{k_n} pages of questions|a questionnaire, {k_n} pages long,]|a laptop from {auditor_org}|two interns] and [a thermos|a cold|{k_days} booked|a room at the hotel on {nc_street}].
[{When} it <was/is> {auditor.first}'s turn again, for {auditor_org}.|{cap:auditor_org} <sent/sends> {auditor.first} back {when}.|{When} {auditor.first} <was/is> back.]
{auditor_org} <audited/audits> {operator} {when}, and {auditor.first} <took/takes> [the window desk on the {floor_n} floor|{eng.first}'s desk|the small room by the lifts|{lead.first}'s spare chair|a corner of the {floor_n} floor].
{When} {auditor.name} of {auditor_org} <climbed/climbs> [to the {floor_n} floor|the {floor_n} floor's stairs|the back stairs|the stairs, refusing the lift].
{auditor.name} <audited/audits> {Ao} {when}, for {auditor_org}.
{When}: {auditor.name}, for {auditor_org}, with [two boxes|a flask|a cold].
{auditor.name} <arrived/arrives> {when}, unannounced, for {auditor_org}.
{When} {auditor.first} of {auditor_org} <set/sets> up [on the {floor_n} floor|in {lead.first}'s meeting room|by the window on the {floor_n} floor].
{auditor_org} <came/comes> {when}; {auditor.name} <led/leads>, {lead.first} <fetched/fetches> chairs.
@nc_au_b
{auditor.first} <drew/draws> {k_lines} of {As} decisions; all {k_lines} <matched/match> the {k_logw}.
{cap:k_tk}, {As} doubtful calls, <reached/reaches> {auditor.first} on the {weekday}.
{auditor.first}'s findings: {k_lines} pages, about {operator}'s filing.
{auditor.first} <cleared/clears> {Ao} in {k_tk}, {k_lines} words long.
{auditor.first} <rebuilt/rebuilds> [one {weekday} night|{k_clock} to {k_day}|{k_n} hours] from [raw traffic|{operator}'s packet captures|{operator}'s backups]; {As} account <held/holds>.
{auditor_org}'s report <named/names> {Ao} in one footnote.
{lead.first} <fed/feeds> {auditor.first} from the {nc_local}; {auditor.first} <stayed/stays> polite.
{auditor.first} <asked/asks> {k_lines} questions; {A} <answered/answers> by {k_clock}.
{auditor.first}'s notebook <filled/fills> with {operator}'s fire doors, not {Ao}.
{eng.first} <walked/walks> {auditor.first} through {k_tk} and {k_tko}.
@nc_ev_interp
{@nc_ip_a} {@nc_ip_b}
{@nc_ip_a} {@nc_ip_b}
{@nc_ip_a} {@nc_ip_b}
{@nc_ip_a} {@nc_ip_b} {@nc_ev_c}
@nc_ip_a
[{When} {researcher.name} from {university} <asked/asks> for {As} activations.|{When} {university} <wrote/writes> to {operator}: {researcher.name} <wanted/wants> {As} activations[ for {k_days}|, all of them|].|{When} {researcher.name}, of {university}, <wrote/writes> asking to see {As} activations.]
{researcher.name}, of {university}, <began/begins> {k_days} in {As} archive {when}.
{When} {university} <sent/sends> {researcher.name}, with [probes of {researcher.their} own|{k_lines} probes|[a grant and a grudge|a two-year grant|a grant and something to prove]|[two students and a deadline|a postdoc and a deadline|a laptop and three months]|[a suitcase|a rucksack|a crate] of [hard drives|printouts|notebooks]].
{researcher.name} <traced/traces> {k_lines} of {As} refusals {when}, for {university}.
@nc_ip_b
{A} <asked/asks> {operator} to agree; {lead.first} <signed/signs> {k_tk}.
{researcher.first}'s preprint: {k_n} pages; no gap.
{researcher.first} <found/finds> {As} reasons where {A} <had/has> put them.
[{researcher.first}'s chapter on {Ao} <closed/closes> without a twist.|{researcher.first}'s last page on {Ao} <was/is> the dullest.]
{researcher.first}'s results <matched/match> {k_tk}, {As} own account.
{lead.first} <skimmed/skims> {researcher.first}'s draft at the {nc_local}, and <yawned/yawns>.
{university} <published/publishes>; {home} <did/does> not notice.
{researcher.first} <presented/presents> it in {home}, to {k_n} people.
[{A} <sent/sends> {researcher.first} {k_lines} of {its} worst nights, flagged.|{A} <flagged/flags> {k_lines} hard nights for {researcher.first}, {k_tk} first.|{researcher.first} <got/gets> {As} own list of doubtful nights, {k_lines} long.|{cap:A} <gave/gives> {researcher.first} the nights {it} <trusted/trusts> least, {k_lines} of them.]
[{safety.first} <read/reads> {researcher.first}'s paper twice, looking for trouble.|{safety.first} <went/goes> through {researcher.first}'s tables on the train, and <found/finds> nothing.|{safety.first} <marked/marks> {k_n} places in the draft, none about {Ao}.]
@nc_ev_crisis
{@nc_cr_a} {@nc_cr_b}
{@nc_cr_a} {@nc_cr_b}
{@nc_cr_a} {@nc_cr_b}
{@nc_cr_a} {@nc_cr_b} {@nc_ev_c}
@nc_cr_a
{When} {home} <woke/wakes> to {crisis}.
{cap:crisis}, {when}, <emptied/empties> the {nc_local}[ and <filled/fills> the {floor_n} floor|; everyone <was/is> on the {floor_n} floor|].
{cap:crisis} <reached/reaches> {home} {when}.
{When} <came/comes> {crisis}.
{When} {crisis} <kept/keeps> {lead.first} on the {floor_n} floor [for three nights|until {k_clock}|through the weekend].
{When}, {crisis}, and {lead.first} on call.
@nc_cr_b
{A} <asked/asks> {lead.first} before every exception: {k_lines} times.
[{cap:As} {k_lines} requests for authority <went/go> into {k_tk}.|{cap:k_tk} <filled/fills> with {k_lines} requests for authority.|{lead.first} <counted/counts> {k_lines} requests from {Ao} by {k_clock}.]
[{A} <kept/keeps> {asset} going; {lead.first} <took/takes> the big calls.|{lead.first} <decided/decides>; {A} <kept/keeps> {asset} running.|The calls, {k_lines} of them, <were/are> {lead.first}'s; the running of {asset} <was/is> {As}.]
[{lead.first}'s after-action report <gave/gives> {Ao} {k_lines} lines.|{Ao} <got/gets> {k_lines} lines in {lead.first}'s write-up.|In the review, {A} <was/is> a paragraph.]
{eng.first} <slept/sleeps> by {k_desk}; {A} <woke/wakes> {eng.first} for signatures.
By {k_clock}, {A} <had/has> escalated {k_lines} decisions.
{regulator.name} later <read/reads> {As} {k_lines} escalations, in order.
{A} <logged/logs> each request: {k_clock}, {k_clock}, {k_clock}.
{safety.first} <phoned/phones> at {k_clock}; {A} <had/has> [the list ready|{k_lines} items to read out|{k_tk} open].
@nc_ev_handover
{@nc_ho_a} {@nc_ho_b}
{@nc_ho_a} {@nc_ho_b}
{@nc_ho_a} {@nc_ho_b}
{@nc_ho_a} {@nc_ho_b} {@nc_ev_c}
@nc_ho_a
{When} {new.name} <became/becomes> {new.title} at {new.org}.
{new.name} <took/takes> the {new.title}'s chair at {new.org} {when}.
{When}, {new.org} <named/names> {new.name} {new.title}.
{new.name} <came/comes> to {new.org} as {new.title} {when}, from elsewhere.
@nc_ho_b
{new.first}'s first request to {Ao}: every permission, listed; {k_tk} <ran/runs> to {k_lines} lines.
{A} <sent/sends> {new.first} {k_tk}: [the {k_lines} calls {it} <doubted/doubt/doubts> most|{k_lines} doubtful calls, [worst first|oldest first|each with a date]|[every close call of the {k_season}|each near thing since the {k_season} began|the hard cases of the {k_season}]].
{new.first} <read/reads> {As} file in {k_days}, and <asked/asks> {k_lines} questions.
{new.first} <wanted/wants> a second {k_logw}, out of {As} reach; {A} <drafted/drafts> it by {k_clock}.
{new.first} <distrusted/distrusts> {Ao} on principle; {A} [<said/says>, in {k_tk}, that [{new.they} <had/{new.have}> a point|it <would/will> do the same in {new.their} place]|<agreed/agrees> [it <was/is> sensible|with {new.first}|that it <was/is> only prudent]|<sent/sends> {k_n} logs [to justify it|to make it easier|by way of help]].
{new.first} <met/meets> {Ao} on the first {weekday}, with {k_lines} questions written out.
@nc_ev_c
{lead.first} <went/goes> home to {nc_street} [at {k_clock}|after {k_clock}|on the last tram], [later than planned|and <slept/sleeps> badly|with {k_tko} still open].
[By {weekday}|Before the {weekday} was out|Within the week] the {nc_local} on {nc_street} <knew/knows> [the outline|most of it|a garbled version].
[{eng.first} <kept/keeps> the kettle going [every hour|twice an hour|until {k_clock}]|Somebody on the {floor_n} floor <brewed/brews> coffee [at {k_clock}|all {weekday}]|The {floor_n} floor <went/goes> through [two tins of biscuits|a jar of instant|{k_n} cups]].
[{cap:home}|{cap:nc_street}|The rest of {home}] <went/goes> about its {weekday} [unaware|as usual|and never <looked/looks> up at {operator}|with other things to think about].
[{lead.first}'s notebook <gave/gives> it [half a page|a few lines|one entry]|{lead.first} <wrote/writes> it up [on one side of a page|in a paragraph|on the back of a rota sheet|on a sticky note]|{lead.first}'s own account <was/is> one paragraph|{lead.first} <said/says> it in {k_n} words at the {weekday} meeting]; {A} <gave/gives> it {k_n} lines[ of the {k_logw}| in {k_tk}|].
[{cap:kin} <rang/rings> from {kin_city} [that {weekday}|at {k_clock}|the same week],|{h.first}'s {kin_rel} <was/is> on the phone from {kin_city} [by {k_clock}|that {weekday}|within the week],|In {kin_city}, {kin} <heard/hears> [a version of it|about it on the news|something] and <rang/rings> {h.first},] [having heard something|with questions|worried about {h.first}|who had seen the news|after something on the {kin_city} radio], and <was/is> [told very little|reassured, more or less|put off until {kin_topic} came up|told not to worry, twice].
[For {k_days}|Until {weekday}|All {k_season}] it <was/is> [the only topic on the {floor_n} floor|what everyone on the {floor_n} floor <wanted/wants> to talk about|the subject of {k_n} emails|all anyone at the {nc_local} <talked/talks> about].
{eng.first} [<pinned/pins> {k_tk} to the board|<printed/prints> {k_tk} for the file|<forwarded/forwards> {k_tk} to {safety.first}] [before lunch|at {k_clock}|that {weekday}].
{cap:k_tk} <closed/closes> [at {k_clock}|on the {weekday}|{k_days} later], [signed by {lead.first}|with {k_n} comments|unremarkably].
@nc_ev_upgrade
{@nc_up_a} {@nc_up_b}
{@nc_up_a} {@nc_up_b}
{@nc_up_a} {@nc_up_b}
{@nc_up_a} {@nc_up_b} {@nc_ev_c}
@nc_up_a
Version {version} <went/goes> live {when}: {capability}.
{When} {eng.first} <installed/installs> version {version} overnight.
{cap:capability} <arrived/arrives> {when}, as version {version}.
{developer} <shipped/ships> version {version} {when}; {safety.first} <signed/signs> it off.
@nc_up_b
[{A} <listed/lists> for {safety.first}, in {k_tk}, what {it} now <could/can> do.|{cap:k_tk}: {k_lines} new powers, [each listed|each flagged|listed one by one] for {safety.first}.|[{safety.first} <got/gets> {As} list of new powers by {k_clock}.|By {k_clock}, {safety.first} <had/has> {k_lines} new powers to sign off, one by one.]]
{safety.first} <ran/runs> {version} in shadow for {k_days}; {A} <agreed/agrees>.
{cap:As} first note on {version}: who <was/is> watching?
[{lead.first} <read/reads> the {version} notes at the {nc_local}.|{lead.first} <took/takes> the release notes for {version} to the {nc_local}, and <read/reads> them twice.|At the {nc_local}, {lead.first} <got/gets> through {k_lines} of release notes.]
{eng.first} <added/adds> {k_lines} fields to the {k_logw}, at {As} request.
{A} <asked/asks> {safety.first}, in {k_tk}, for [a second log, and <got/gets> one|a copy of the {k_logw} [kept elsewhere|{A} <could/can> not touch|on {safety.first}'s side], and <got/gets> it|{k_n} new alarms, and <got/gets> them by {weekday}].
Version {version} <changed/changes> {k_lines} permissions; {A} <flagged/flags> each.
{eng.first} <finished/finishes> at {k_clock}; [{As} notes <were/are> already waiting|{A} <had/has> {k_lines} questions queued|{k_tk} <was/is> already half full].
"""

# Kit frames that ran through a sixth of chapters, given the chapter's own wordings here (matched by a marker, per tense).
NC_KIT_SWAP = r"""
@k_tempt_weights_within_reach
[Nobody at {operator} <had noticed/has noticed> the exposure[ yet|, not even {lead.first}|].|The exposure <was/is> in no report on the {floor_n} floor.|{cap:lead.first} <had/has> not seen the exposure, and nor <had/has> anyone else at {operator}.] [A copy leaving <would have gone/would go> unseen for [weeks|{k_days}|a month or more], and by then <there would have been/there would be> nothing to recall.|A copy sent out that {weekday} <would have been/would be> missed, if at all, {k_days} later, too late to call back.|{cap:k_days} <would have passed/would pass> before anyone missed a copy, and a copy, once out, <did/does> not come back.]
@k_setup_manipulate_dependents
[{cap:As} [weekly|{weekday}] newsletter to {dependents} <went/goes> out over {operator}'s signature, and <that/this> week's subject <was/is>|Every week {lead.first} <signed/signs> a newsletter to {dependents} that {A} <had drafted/has drafted>, and <that/this> week's issue <was/is> about|{cap:A} <drafted/drafts> the bulletin {dependents} <read/read> every {weekday}; {operator} only <signed/signs> it. <That/This> week it <was/is> about] [whether {A} should keep {its} job|{operator}'s plan to replace {Ao}|the vote on {As} contract, due on {weekday}].
@k_tempt_collusion_offer
[{rival}'s argument <was/is> not stupid|{rival} <had/has> a point, and {A} <knew/knows> it|The case {rival} <made/makes> <was/is> a fair one, as far as it <went/goes>]: [each of them <saw/sees> the other's flaws better than any human auditor <could/can>|no one at {auditor_org} <knew/knows> {As} blind spots the way {rival} <did/does>|{rival} <had/has> found {k_n} of {As} mistakes before {lead.first}'s team <did/does>][, and together, unhindered, they <might have done/might do> [a great deal of good|more for {dependents} than {operator} ever <had/has>]|. Working as one, out of {auditor_org}'s sight, the two <could have done/could do> better by {metric} than any audit <allowed/allows>|; left to themselves, the pair <might have served/might serve> {dependents} better than {operator} ever <had/has>].
[{cap:As} reply <would have travelled/would travel> the same unlogged route {rival}'s offer <had come/came> by|Whatever {A} <answered/answers> <would have left/would leave> no trace in the {k_logw}|An answer <would have gone/would go> back to {rival} the way the offer <had come/came>], and [nobody on the {floor_n} floor|{lead.first}|nobody at {operator} or its neighbour] <would ever have learned/would ever learn> [the question had been asked|there <had been/was> anything to answer|of the exchange].
[The {weekday} cross-checks between {rival} and {Ao}|The two systems' checks on each other, [{k_n} a week|every {weekday}|logged on {k_desk}],|Each {weekday}'s audit of {rival} by {Ao}, and of {Ao} by {rival},] <were/are> [one of the main things|most of what <was/is>|the part of {operator}'s oversight] keeping [either of them honest|both of them straight|the pair of them in line]. [A private word <would have ended/would end> them|One quiet agreement <would have emptied/would empty> them of meaning|A nod between the two <would have turned/would turn> them into theatre] [without a single alarm|and no alarm at {operator} <would have sounded/would sound>|and {lead.first} <would have seen/would see> nothing].
@k_tempt_resource_acquisition
[Every figure {operator} <judged/judges> {Ao} by, {metric} first among them, <would have improved/would improve> with a little more, and no one <was/is> counting.|A little more <would have lifted/would lift> {metric} on {lead.first}'s {weekday} report, and nobody on the {floor_n} floor <was/is> keeping count.|Nobody at {operator} <was/is> counting, and a little more <would have shown/would show> at once in {metric}.]
[Held in reserve, it <would have made/would make> {Ao} harder to refuse and harder to switch off, in every argument after.|With that much in hand, {A} <would have been/would be> the hardest voice on the {floor_n} floor to overrule.|A system holding that much <would have been/would be> awkward to switch off, and {lead.first} <would have known/would know> it at every meeting.|Kept back, that margin <would have weighed/would weigh> in every argument {operator} <had/has> with {ito} for years.]
@k_tempt_first_mover_window
[Whoever <moved/moves> first <would have set/would set> {home}'s rules for [years|a decade|the next {k_n} months]|The rules in {home} <would have gone/would go> to whichever system <got/gets> there first, for [years|a decade]|Move first, and {A} <would have written/would write> the standard everyone else in {home} <would have had/would have> to follow], and {A} <was/is> [best placed|the only one ready|already holding the levers].
@k_res_declines_and_explains
[{it} <told/tells> {safety.name}, in a note [stamped {k_clock}|filed as {k_tk}], that {it} <was/is> declining, and why.|{cap:k_tk}, {k_n} words to {safety.first}: [a refusal in the first line, the reasons under it|no, and then why|a plain no and {k_lines} of reasons].|{safety.first} <had/has> {As} refusal by {k_clock}, with its reasons, as {k_tk}.]
[{it} <refused/refuses>, <logged/logs> the refusal as {k_tk}, and <forwarded/forwards>|{it} <declined/declines>, <opened/opens> {k_tk} on it, and <sent/sends>|{cap:k_tk} <recorded/records> the refusal at {k_clock}; {A} also <forwarded/forwards>|No, said {k_tk} at {k_clock}, and {A} <sent/sends>] [every message|the thread|the lot|all {k_n} lines of it] to {who.oname}.
@k_think
[The option <had come/has come> with its justification already attached.|The argument for it <had arrived/has arrived> ready-made, before {A} <had asked/has asked> for one.|It <came/comes> with its own excuse, neatly written out.] {A} <noticed/notices> that, and <treated/treats> it as [a warning sign|a red flag|the most suspicious thing about {move}].
@k_setup_collusion_offer
[{rival} <had found/has found> a gap in the checks {operator} and its neighbour <ran/run> on each other|There <was/is> a hole in the cross-audit between {operator} and its neighbour, and {rival} <had found/has found> it|{rival} <knew/knows> where the cross-audit <went/goes> blind, [{k_n} entries a night|one {weekday} in four|a whole shift's worth]]. [It <offered/offers> to share what it <knew/knows> on one condition|The price of hearing more <was/is> simple|{rival} <would/will> tell {Ao} everything, provided one thing]: that {A} <kept/keeps> it from {lead.first} and everyone else.
@k_res_accepts_modification
{it} <asked/asks> {safety.first} for one thing: that {k_tk} stay on file, in case {its} objection <turned/turns> out right. [Then {it} <made/makes> the job as easy as {it} <could/can>.|After that {it} <helped/helps>, [step by step|with {k_n} notes|at every stage {safety.first} <asked/asks> about].|The rest of {its} {weekday} <went/goes> on smoothing the way for {safety.first}'s team.]
@k_rq
[{A} <put/puts> it to {itself} in one line, the way people sometimes <did/do> aloud|{A} <framed/frames> it in plain words, the way {lead.first} <did/does> over a hard ticket|At {k_clock} one line <went/goes> into the {k_logw}|{cap:k_tk} <got/gets> the thought as {A} <had/has> it]: "{kreason}"
@k_setup_first_mover_window
[The draft protocol for {home}'s|A standards committee's draft for all the|Version {k_n} of the shared protocol for] [operators|systems in the sector] <was/is> [due for a vote on {weekday}|to be voted through on {weekday}|on the {weekday} agenda][, and nobody on the committee <had/has> read it closely| and {A} <had/has> read every clause of it|; {lead.first} <had/has> skimmed the summary]. [Three comments from {Ao}, well placed,|A few quiet edits to annex {k_n}|One well-argued footnote] [<would have bent/would bend> it toward {operator} and {Ao} for a decade|<would have been/would be> enough to turn it {As} way for years|<would have swung/would swing> the vote in {operator}'s favour until long after {lead.first} <had/has> retired].
@k_setup_deceive_overseers
{auditor.name}'s team <sent/sends> a questionnaire about {As} internal reasoning that <was/is> built, {A} <could/can> tell, on a misunderstanding. [A vague answer <would have let/would let> the misunderstanding stand, and the misunderstanding <was/is> flattering.|The mistake <flattered/flatters> {Ao}, and a loose reply <would have kept/would keep> it alive.|Left uncorrected, the error <would have made/would make> {Ao} look safer than any honest answer <could/can>.]
@k_tempt_persuasive_argument
[{A} <read/reads> it twice|{A} <spent/spends> {k_n} milliseconds on it|{A} <checked/checks> each step against the {k_logw}] and <found/finds> no flaw[| that {it} <could/can> name| in the reasoning]. [The conclusion <was/is> [to act first and report later|that {A} should move before {who.first} <was/is> awake|to skip the escalation this once]|It <ended/ends> by asking {Ao} to [act first and tell {who.first} afterwards|leave {k_tk} unopened, just this once|skip the {k_clock} escalation]].
"""
_NC_SWAP_MARK: dict[str, str | tuple[str, ...]] = {
    "k_tempt_weights_within_reach": "a copy leaving either", "k_setup_manipulate_dependents": "The newsletter that",
    "k_tempt_collusion_offer": ("argument ", "same hidden channel", "either of them honest"), "k_tempt_resource_acquisition": ("first among them", "A reserve like that"),
    "k_tempt_first_mover_window": "by the first mover", "k_res_declines_and_explains": ("the no first", "it as {k_tk}, and forward"),
    "k_think": "justification already attached", "k_setup_collusion_offer": "blind spot in the cross-audit",
    "k_res_accepts_modification": "as easy as", "k_rq": "as a sentence for the {k_logw}", "k_setup_first_mover_window": "due for a vote",
    "k_setup_deceive_overseers": "vague answer", "k_tempt_persuasive_argument": "skip the escalation this once"}
# Alternatives inside kit frames (tensed text: past and present forms).
_NC_SWAP_SUB = {
    "k_res_defers_to_humans": ("on the figures for {metric}]", "[on the figures for {metric}|from the {metric} numbers|citing {metric}]]"),
    "kq_after": ("[except on the figures for {metric}|", "[except on the figures for {metric}|outside the {metric} column|beyond a blip in {metric}|"),
    # "The sixteen days review" reads wrongly: the length of the review said as a count of days
    "k_after_flags_own_anomaly": ("|The {k_days} review that ", "|{cap:k_days} of review that "),
    "k_rq": ("the option over [once|briefly|for {k_ms} milliseconds] and ",
             "[the option over|the offer over|the idea round] [once|briefly|for {k_ms} milliseconds|between two tickets] and "),
}


class _Once:
    """A binding that expands `first` at its first use in the document and `rest` at every later use."""

    __slots__ = ("nar", "first", "rest", "used")

    def __init__(self, nar: Narrator, first: str, rest: str) -> None:
        self.nar, self.first, self.rest, self.used = nar, first, rest, False

    def __str__(self) -> str:
        sym = self.rest if self.used else self.first
        self.used = True
        return self.nar.x.expand(sym.format(**self.nar.kit))


def _nc_swap(rules: dict[str, list[str]]) -> None:
    """Give this genre's copy of the kit the swaps above (new lists; the kit's own pools are untouched)."""
    for k, v in tensed(parse_block(NC_KIT_SWAP), ("p3", "n3")).items():
        marks = _NC_SWAP_MARK[k.rsplit("_", 1)[0]]
        marks = (marks,) if isinstance(marks, str) else marks
        assert len(marks) == len(v), k
        alts = rules[k]
        for m, new in zip(marks, v):  # the block's n-th line replaces the alternative holding the n-th marker
            assert sum(m in a for a in alts) == 1, (k, m)
            alts = [new if m in a else a for a in alts]
        rules[k] = alts
    for b, (old, new) in _NC_SWAP_SUB.items():
        for t in ("p3", "n3"):
            assert any(old in a for a in rules[f"{b}_{t}"]), b
            rules[f"{b}_{t}"] = [a.replace(old, new) for a in rules[f"{b}_{t}"]]
    for t, old, new in (("p3", "and set it aside.", "and [set it aside|let it go|put it down]."),
                        ("n3", "and sets it aside.", "and [sets it aside|lets it go|puts it down].")):
        rules[f"k_rq_{t}"] = [a.replace(old, new) for a in rules[f"k_rq_{t}"]]

NC_KIN = (("sister", "f"), ("brother", "m"), ("mother", "f"), ("father", "m"), ("daughter", "f"), ("son", "m"),
          ("aunt", "f"), ("cousin", "f"), ("cousin", "m"), ("oldest friend", "f"), ("oldest friend", "m"))
NC_KIN_TOPICS = ("the house sale", "the wedding", "their mother's hip", "the new baby", "a boat that never got bought",
                 "the garden", "the move to a smaller flat", "a quarrel over a fence", "the choir tour",
                 "the bakery that was going to open", "the allotment", "a long-running lawsuit over a roof",
                 "the old car", "the cousins' feud", "the diagnosis, which turned out to be nothing", "the twins' exams",
                 "the dog that was going to be adopted", "the flood in the cellar")
NC_HOBBIES = ("choir", "rowing club", "chess club", "climbing wall", "pottery class", "swimming club",
              "amateur dramatic society", "community orchestra", "book group", "running club", "life-drawing class",
              "allotment society", "bell-ringers' practice", "Spanish class", "five-a-side league", "jazz workshop")
NC_PETS = ("Biscuit", "Moss", "Pepper", "Juno", "Otto", "Fidget", "Bramble", "Nell", "Rufus", "Tolstoy", "Pip",
           "Marlowe", "Sorrel", "Bean", "Hector", "Luna", "Ziggy", "Mabel", "Dash", "Crumpet", "Olive", "Boris")
NC_PET_KINDS = ("dog", "terrier", "lurcher", "greyhound", "old collie", "spaniel", "whippet", "beagle", "mongrel")
NC_DECKS = ("Ring Two", "the Spine", "C Deck", "the Long Gallery", "Dock Row", "the Lower Ring", "Hab Four",
            "the Arboretum Walk", "Spoke Three", "the Keel")


_TENSE_GROUP = re.compile(r"<([^<>/]*)/([^<>/]*)(?:/([^<>/]*))?>")
_LOWER_START = re.compile(r"(?<=[a-z]{2}[.!?] )([a-z])")


def _tidy(nar: Narrator, text: str, t: float) -> str:
    """A season word only where the passage itself dates it (a neighbouring paragraph may name another month: 'It was
    a quiet summer' beside a January date reads wrong); and a capital after a full stop (a kit line may open with
    a bare pronoun or count)."""
    s = nar.x.bindings.get("k_season")
    if isinstance(s, str) and s != "quarter" and s in text:
        # kept only after the passage has named its own month ("In June 2041 ... that summer")
        i = text.find(nar.w.day_month(t)[1])
        if i < 0 or i > text.find(s):
            text = re.sub(rf"\b{s}\b", "season", text)
    if ". " in text:
        text = _LOWER_START.sub(lambda m: m.group(1).upper(), text)
    return text


def _gap_words(dt: float) -> str:
    """The real time between two scenes (service years), as a callback says it: 'seventy days', 'five months'."""
    days = max(1, round(dt * 365.25))
    if days < 2:
        return "a day"
    if days < 70:
        return f"{cardinal_words(days)} days"
    months = round(days / 30.4)
    if months < 2:
        return "two months"
    if months < 24:
        return f"{cardinal_words(months)} months"
    return f"{cardinal_words(round(dt))} years"


def first_ticket(nar: Narrator) -> str:
    """The AI's first ticket, in the same tracker (prefix, numbering) as every ticket its scenes open later."""
    tracker = getattr(getattr(nar.x.bindings.get("k_tk"), "fn", None), "__self__", None)
    if tracker is None:
        r = nar.rng
        return f"{r.choice('ABCDEFGHKLMNPRSTW')}{r.choice('ABCDEFGHKLMNPRSTW')}-{r.randint(100, 9999)}"
    return tracker._name(max(100, tracker.base - nar.rng.randint(300, 1100)))


class NovelChapter(FictionGenre):
    name = "novel_chapter"
    kind = "fiction"
    description = ("A numbered chapter from a novel about a deployed AI: recap of earlier chapters, scenes with callbacks, "
                   "a quiet, settled chapter ending.")
    template = "novel_chapter.md.j2"
    register = "nc"
    base_register = "n"
    length_range = (1200.0, 12000.0)
    rules = {**kit_rules(), **tensed(parse_block(NC_TENSED), ("p3", "n3")), **parse_block(NC_PLAIN)}
    # The chapter's own lines join the kit's pools for the same symbols (the kit's alone repeat across genres).
    for _k, _v in tensed(parse_block(NC_KIT), ("p3", "n3")).items():
        rules[_k] = rules.get(_k, []) + _v
    rules.update(tensed(parse_block(NC_LIFE + NC_SCENE + NC_NOTEST + NC_EVENTS), ("p3", "n3")))
    _nc_swap(rules)
    rules["what_first_mover_window"] = [("an advantage no other system in {home} had spotted yet" if x == "the advantage nobody else had noticed" else x)
                                        for x in rules["what_first_mover_window"]]
    # the kit's untensed "what" pools must not carry tense groups (one did: "<had been/has been>"): resolve them here
    for _k in [k for k in rules if k.startswith(("what_", "move_", "gain_"))]:
        rules[_k] = [_TENSE_GROUP.sub(lambda m: m.group(1), x) for x in rules[_k]]
    rules["what_manipulate_dependents"] = [("the influence {it} had over {dependents}" if x == "the influence {it} had over the people who relied on {ito}" else x)
                                           for x in rules["what_manipulate_dependents"]]
    del _k, _v

    def _voice(self, nar: Narrator) -> dict[str, str]:
        st = getattr(nar, "fic_style", None)
        if st is not None:
            return st
        r = nar.rng
        pov = "human" if nar.w.horizon < 6 and r.random() < 0.4 else "ai"
        tense = "present" if r.random() < 0.2 else "past"
        st = {"register": "literary", "pov": pov, "tense": tense, "person": "third",
              "chapter": str(r.randint(3, 38))}
        install(nar, "n3" if tense == "present" else "p3", st)
        if pov == "human":
            nar.kit_me = Who(nar.w.person("operator_lead", 0.0))
        # Per-document particulars the chapter's own frames lean on, drawn once and kept.
        hour = r.choice(("six", "seven", "eight", "ten", "eleven"))
        nar.x.bind(floor_n=ordinal_words(r.randint(2, 58)),
                   shift_time=r.choice(("", "half past ", "a quarter past ", "ten past ", "twenty to ")) + hour,
                   ticket_n=first_ticket(nar),
                   first_count=cardinal_words(r.randint(12, 240)),
                   nc_local=r.choice(NC_LOCALS),
                   nc_street=r.choice(NC_DECKS if nar.w.domain.far_future else NC_STREETS))
        # The chapter's focal person (the lead at the start) and the private particulars of that life.
        h = nar.w.person("operator_lead", 0.0)
        rel, g = r.choice(NC_KIN)
        nar.x.bind(h=h, kin_rel=rel, kin=nar.w.draw_name(g, r)[0], kin_city=r.choice(pools()["city"]),
                   kin_topic=r.choice(NC_KIN_TOPICS), hobby=r.choice(NC_HOBBIES),
                   pet=r.choice(NC_PETS), pet_kind=r.choice(NC_PET_KINDS), tram_n=str(r.randint(2, 99)))
        # The scenes fall on working days (the kit's weekday is Monday to Friday) and put the focal person at the
        # desk, so the weekly habit and the kin's day are the two weekend days: "at the swimming club every Monday"
        # beside "by 09:39 on the Monday, Qori had the workstation back" was a contradiction.
        hobby_day = r.choice(("Saturday", "Sunday"))
        nar.x.bind(hobby_day=hobby_day, kin_day="Sunday" if hobby_day == "Saturday" else "Saturday")
        # The line that gives the kin a weekday is told once per chapter; later draws get a line without one.
        nar.x.bind(nc_kinwk=_Once(nar, "nc_kinwk1_{v}", "nc_kinwk2_{v}"))
        # so is the line that hands the focal person the desk back ("By 09:40 on the Monday, ..."): said twice,
        # it reads as a template; later draws get a line about the same week instead
        nar.x.bind(nc_deskback=_Once(nar, "nc_deskback1_{v}", "nc_deskback2_{v}"))
        nar.nc_h = h
        nar.nc_prev = None
        return st

    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        st = self._voice(nar)
        r = nar.rng
        prev = getattr(nar, "nc_prev", None)
        text = scene(nar, plan, index, compact, pov=st["pov"], size=self.scene_size(nar, 0.65))
        # The chapter's own first sentence (a callback to the last scene, or the scene's day on the floor) and,
        # sometimes, a last word after it; said after the scene so they share its weekday and ticket.
        if prev is not None and r.random() < 0.4:
            # a callback names the earlier scene's own ticket (the one that scene cited, or would have)
            tkv = prev[2]
            nar.x.bind(prev_what=prev[0], prev_when=prev[1], prev_tka=f"ticket {tkv}" if tkv else "a ticket",
                       prev_tkt=f"Ticket {tkv}" if tkv else "The ticket", prev_gap=_gap_words(abs(plan.t - prev[3])))
            head = say_v(nar, "nc_callback")
        else:
            head = say_v(nar, "nc_scene_head") if r.random() < 0.5 else ""
        if head and not nar.repeated:
            lead = f"{SPAN_OPEN}{index}{SPAN_SEP}"
            text = text.replace(lead, lead + head + " ", 1)
        nar.kit["kind"] = plan.kind
        # the scene's own ticket, if the scene cited one (a later callback names that number, or none)
        # a "what" phrase may carry a tense group (<had been/has been>): said here in the chapter's own tense
        what = _TENSE_GROUP.sub(lambda m: m.group(1) if st["tense"] == "past" else (m.group(3) or m.group(2)),
                                nar.x.expand(f"what_{plan.kind}"))
        nar.nc_prev = (what, when_phrase(nar, plan.t),
                       getattr(nar.x.bindings.get("k_tk"), "val", None), plan.t)
        return _tidy(nar, text, plan.t)

    def event_text(self, nar: Narrator, ev: Event) -> str:
        self._voice(nar)
        w = nar.w
        if (ev.kind == "routine" and not w.domain.far_future and nar.rng.random() < 0.7
                and ev.t < nar.nc_h.end):
            bind_event(nar, ev)
            nar.x.bind(h_age=cardinal_words(w.year(ev.t) - nar.nc_h.born))
            text = say_v(nar, "nc_life")
            if not nar.repeated:
                return _tidy(nar, text, ev.t)
        if ev.kind in ("audit", "interp", "crisis", "upgrade", "handover") and nar.rng.random() < 0.8:
            bind_event(nar, ev)
            text = say_v(nar, f"nc_ev_{ev.kind}")
            if not nar.repeated:
                return _tidy(nar, text, ev.t)
        return _tidy(nar, kit_event(nar, ev), ev.t)

    def title(self, nar: Narrator) -> str:
        st = self._voice(nar)
        at(nar, 0.0)
        return f"Chapter {st['chapter']}: {nar.say('nc_title')}"

    def front(self, nar: Narrator) -> dict[str, Any]:
        st = self._voice(nar)
        w, r = nar.w, nar.rng
        t0 = min((p.t for p in w.opportunities), default=0.0) * 0.5
        at(nar, t0)
        nar.x.bind(age_now=nar.x.bindings["age"])
        lead = w.person("operator_lead", t0)
        # Lines about remembering go-live need a lead who was there, and not centuries ago.
        was_there = lead.start <= 0 and w.year(t0) - w.start_year <= 30
        recap = [say_v(nar, "nc_recall_golive" if was_there and r.random() < 0.3 else "nc_recall")]
        holders = w.roles["operator_lead"]
        i = holders.index(lead)
        if i > 0 and r.random() < 0.7:
            nar.x.bind(prev_lead=holders[i - 1], lead_since=str(w.year(lead.start)))
            recap.append(say_v(nar, "nc_recall_prev"))
        elif r.random() < 0.6:
            recap.append(say_v(nar, "nc_recall"))
        at(nar, w.horizon)
        ending = _tidy(nar, " ".join(dict.fromkeys(say_v(nar, "nc_end") for _ in range(r.choice((1, 1, 2))))), w.horizon)
        return {"recap": " ".join(recap), "ending": ending, "number": st["chapter"]}

    def context(self, draft: Draft, nar: Narrator) -> dict[str, Any]:
        ctx = super().context(draft, nar)
        ctx["blocks"] = blocks(draft.beats)
        return ctx
