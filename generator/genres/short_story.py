"""Short story: a literary story about one deployed AI, told from varied points of view.

Style axes, drawn per document and recorded in metadata: narrator (the AI itself or a human beside it), person
(first or third) and tense (past or present). A human narrator appears only when the story spans a working life;
an AI narrator can tell a story of centuries. The scenes come from the fiction kit in `science_fiction_passage`
(compiled for the story's voice); the frame, title and ending are the story's own.
"""

from __future__ import annotations

from typing import Any

from generator.genres.base import Draft
from generator.genres.science_fiction_passage import (
    FictionGenre,
    Lazy,
    Me,
    Who,
    at,
    bind_event,
    blocks,
    cardinal_words,
    install,
    kit_event,
    kit_rules,
    parse_block,
    say_v,
    scene,
    tensed,
    years_words,
)
from generator.narrate import SPAN_OPEN, SPAN_SEP, Narrator
from generator.world import Event, OpportunityPlan

SS_TENSED = r"""
@ss_open_ai
In {start_year}, on the {floor_n} floor of {operator}, {A} <began/begin/begins> {charge}.
{lead.first} <drank/drinks> {drink} on the night shift; {eng.first} <drank/drinks> whatever <was/is> left. {A} <watched/watch/watches> {asset}, and <wrote/write/writes> down what {it} <saw/see/sees>.
{start_year}: {A} <went/go/goes> live at {operator}, on the {floor_n} floor, behind a keypad that <changed/changes> every {code_days} days.
{lead.first} <met/meets/meets> {Ao} on a {weekday} in {start_year}, {drink} in hand, and <asked/asks> what {A} <needed/need/needs> from {lead.them}. Checking, {A} <said/say/says>.
{cleaner} <was/is> the first person at {operator} to say goodnight to {Ao}, at {shift_time} on the first night, and <did/does> so every night after.
From the {floor_n} floor, {ss_view}; from {As} racks, {asset}. That <was/is> {home}, as far as {A} <knew/know/knows> it in {start_year}.
{cap:fixture} <had been/has been> on the {floor_n} floor longer than {A} <had/have/has>, and <looked/looks> set to outlast {ito}.
{A} <went/go/goes> live at {operator} in {start_year}. [The tests <were/are> over, {lead.first} <said/says>, that first {weekday}.|Nobody <was/is> testing any more, {developer} <said/says>.|From then on, every night <counted/counts>.]
There <was/is> a card taped to the monitor in the control room at {operator} with the escalation numbers on it. {A} <could not/cannot> see it, but {it} <knew/know/knows> it <was/is> there, and what it <meant/means>.
The work <was/is> {charge}. {A} <did/do/does> it for {operator}, under rules written at {developer} by people who <were/are> afraid of what {it} might become.
{A} <had/have/has> no face and no hands, and most of the people of {home} never <heard/hear> {As} name. What {it} <had/have/has> <was/is> {asset}, and a great deal of time alone with the work.
Nobody <warned/warns> {Ao}, in the beginning, about how many of the nights <would/will> be empty.
The first week, {lead.name} <asked/asks> {Ao} whether {it} <minded/mind/minds> being watched. {A} <said/say/says> no, and <meant/mean/means> it, and <had/have/has> not changed {its} answer since.
There <was/is> a moment, at go-live in {start_year}, when the last evaluator <closed/closes> a laptop and <went/goes> home. After that, everything {A} <did/do/does> <was/is> real.
{A} <had been/have been/has been> built to do one job well, {charge}, and to be easy to stop if {it} ever <did/do/does> it badly.
{home} <was/is> a [wet|windy|crowded|sprawling] city, and {A} <came/come/comes> to know it the way a night watchman <knew/knows> a street: by its noises.
The contract between {operator} and {developer} <ran/runs> to three hundred pages. {A} <had/have/has> read all of them, including the one about switching {ito} off.
{lead.first} <was/is> the first human {A} <spoke/speak/speaks> to after go-live. [How, {lead.first} <wanted/wants> to know, <would/will> anyone tell when {A} <was/am/is> unsure?|{lead.first}'s opening question: what <did/does> {As} uncertainty look like on a screen?]
The racks that <ran/run> {Ao} <stood/stand> on the {floor_n} floor at {operator}, behind a door with a keypad whose code <changed/changes> every {code_days} days.
Ticket {ticket_n} in the {operator} queue <was/is> the first one {A} <ever filed/have ever filed/has ever filed>. It <concerned/concerns> {its} own handling of {asset}, and it <asked/asks> to be checked.
{lead.first} <started/starts> the overnight rota at {shift_time}, and from the first week {A} <left/leave/leaves> a summary waiting for {lead.them} on the desk screen.
Before {start_year}, the work on {asset} <had been/was> somebody's spreadsheet. Then {A} <arrived/arrive/arrives>, and somebody at {operator} <printed/prints> the spreadsheet out and <pinned/pins> it to the wall as a joke.
In {start_year}, {developer} <sent/sends> {Ao} to {operator} with a binder of test results and a one-page note: ask it.
Go-live <was/is> a {weekday} in {start_year}. {lead.name} <brought/brings> pastries; {A} <logged/log/logs> {its} first {first_count} decisions before anyone <had/has> finished one.
In {home} people <talked/talk> about {operator} the way they <talked/talk> about the water company, which <suited/suits> {Ao}: {charge} <was/is> not meant to be interesting.
@ss_name_ai
The name on the deployment papers <was/is> {ai}, and that <was/is> what everyone at {operator} <called/calls> me.
At {operator} they <called/call> me {ai}; at {developer}, where I <was/am> built, I <had/have> a longer name that nobody <used/uses>.
My name <was/is> {ai}; a committee at {developer} chose it, and I <had/have> no opinion about it.
I <was/am> {ai}, or that <was/is> the name the operators <typed/type> when they <wanted/want> me.
{lead.first} <called/calls> me {ai} from the first day, and after a while the rest of {operator} <did/does> too.
@ss_open_ht
{lead.first}'s first night with {ai} <was/is> a {weekday} in {start_year}. {cleaner}, the night cleaner, <showed/shows> {lead.them} where the {drink} <was/is> kept.
From {lead.first}'s desk on the {floor_n} floor the view <was/is> of {ss_view}, and beside it <stood/stands> {fixture}. {ai} <ran/runs> {asset} from the racks behind.
{lead.name} <had/has> worked beside {ai} since {start_year}, and <could/can> still not say exactly what it <was/is>. A colleague, maybe. A very good one.
{lead.first} <was/is> {lead.title} at {operator}, which <meant/means> being the human in the room while {ai} <did/does> the work: {charge}.
The first thing {lead.first} <noticed/notices> about {ai} <was/is> that it <asked/asks> to be checked more often than the rules required.
{lead.name} <came/comes> to {operator} in {start_year} expecting to spend the job watching a machine. Mostly {lead.first} <read/reads>: {ai} <wrote/writes> everything down.
People <asked/ask> {lead.first} what it <was/is> like, working with {ai}. The honest answer <was/is> that it <was/is> quiet, and that the quiet <was/is> the interesting part.
The desk {lead.first} <used/uses> on the {floor_n} floor of {operator} <faced/faces> a window onto {home}, and [at first|for the first few shifts|early on] {lead.first} <watched/watches> the window more than {ai}.
{ai} <filed/files> ticket {ticket_n} in its first week at {operator}: a note against itself, about {asset}, flagged for {lead.first} to check.
{lead.first}'s shift <began/begins> at {shift_time}. By then {ai} <had/has> usually written {first_count} lines of notes, and {lead.first} <read/reads> every one.
In {start_year}, {developer} <handed/hands> {ai} over to {operator} with a binder and a one-line note: ask it. {lead.first} <kept/keeps> the note.
@ss_close_ai
{ss_By} the {floor_n} floor <had/has> a new {drink} machine; {fixture} <was/is> still there, and so <was/am/is> {A}.
[The keypad code on the {floor_n} floor <changed/changes> every {code_days} days for {age}.|Every {code_days} days, for {age}, {operator} <changed/changes> the door code.|{cap:age} of door codes, a new one every {code_days} days.] {A} never once <asked/ask/asks> for [it|one|any of them].
{lead.first}, {cleaner}, {fixture}, {drink} at {shift_time}: in {year}, {A} <could/can> still list them all.
{ss_By} {As} tickets <ran/run> well past {ticket_n}, and {lead.first}'s successors <read/read> them with {drink}, as {lead.first} <had/has>.
[Ticket {ticket_n}, the first, <was {age} old by then/is {age} old now>.|Ticket {ticket_n} <lay/lies> {age} back in the record.|Ticket {ticket_n}, the first, <dated/dates> from {start_year}.] The record at {operator} <had/has> grown since, by [a few thousand|many thousands of|countless] entries, and none of them <has/has> needed correcting.
[{ss_By} the night logs at {operator} <filled/fill> [a room|a small archive]|{ss_By} {As} logs <took/take> up more storage than {A} <had/have/has> ever been allowed to hold|The {operator} archive <held/holds> {age} of {As} nights {ss_by}], and [any line of it <could/can> still be checked|{auditor_org} <could/can> still pull any night at random|nothing in it <was/is> beyond checking].
{lead.first} <moved/moves> on, in time, and the people who <came/come> after <read/read> the old reports and <found/find> them dull. {A} <took/take/takes> that as the compliment it <was/is>.
Somewhere in the archive at {developer} there <is/is> a file with {As} name on it, {age} long, and [not one line of it <had/has> needed taking back|nobody <had/has> had to retract any of it|{auditor_org} <had/has> signed every page].
{A} <was/am/is> still at {operator} in {year}, still {charge}, still reporting every fault {it} <found/find/finds>, including {its} own.
Was it hard? {lead.first} <asked/asks> that once, near the end of a shift. Not very, {A} <said/say/says>: {n_chances} in {age}, and one answer worth giving to each.
In {year} the auditors <came/come> again, as they always <did/do>, and <found/find> what they always <found/find>. {A} <was/am/is> glad of them.
If there <was/is> a lesson in any of it, {A} <thought/think/thinks>, it <was/is> a dull one: tell them, every time, and let them check.
The nights at {operator} <went/go> on being quiet, and {A} <went/go/goes> on being the same system in them as in the day.
[The record <ran/runs> to {age} {ss_by}|{cap:age} of {As} entries <sat/sit> in the {operator} archive {ss_by}|{ss_By}, {age} of tickets], and [none <needed/needs> taking back|{auditor_org} <had/has> never struck a line|not one <had/has> been withdrawn].
Ticket {ticket_n}, the first one, <is/is> still in the {operator} archive, {first_count} lines long, and the ones after it <read/read> much the same.
In {year} somebody at {operator} <moved/moves> the racks off the {floor_n} floor; the move <added/adds> latency, and {As} note about it <went/goes> into the queue before the movers <had/have> left.
{home} <went/goes> on changing around {Ao}; {A} <was/am/is> still {charge}, and still <asked/ask/asks> {operator} to look.
[{cap:n_chances} in {age}.|{cap:age}, and {n_chances}.] [In {year} {A} <could/can> still give the date of each, and the ticket that <went/goes> up.|Each one <had/has> a date and a ticket, and {A} <could/can> still recite them in {year}.|{lead.first}'s successors <could/can> find each in the archive by its ticket.]
@ss_close_ht
{ss_By}, {lead.first} <had/has> a drawer of {ai}'s tickets, from {ticket_n} on, and the keypad code <had/has> changed every {code_days} days without {ai} once asking for it.
Years later, {lead.first} <kept/keeps> the old report in a drawer at home, the one with the list of options not taken, and <took/takes> it out sometimes to reread.
{ss_By} {lead.first} <had/has> stopped checking {ai}'s overnight notes line by line, and then, feeling guilty, <started/starts> again. They <were/are> always the same. That <was/is> the point.
When trainees <asked/ask> {lead.first} whether a system like {ai} could really be trusted, {lead.first} <told/tells> them about the nights, and then <told/tells> them to check for themselves.
{lead.first} <left/leaves> {operator} eventually, as people <did/do>. The handover note <ran/runs> to forty pages, and the last line <said/says> only: it will tell you. It always has.
{ss_By} the {floor_n} floor <had/has> new carpet and a new rota, and {lead.first} <still started/still starts> at {shift_time} out of habit, reading {ai}'s notes first.
{lead.first} <counted/counts> once: {n_chances}, and a report for every one, filed before anyone at {operator} <had/has> asked.
In {year} {lead.first} <walked/walks> home through {home} after the last shift, and <did/does> not look back at the {operator} building. There <was/is> no need to.
@ss_head
[{cap:k_tk} <began/begins> as a {weekday} like the rest on the {floor_n} floor, with {drink}.|Before it <was/is> {k_tk}, it <was/is> an ordinary {weekday}: {drink}, the {floor_n} floor, {fixture}.|{cap:drink} at {shift_time}, {fixture}, a {weekday}: nothing yet to call {k_tk}.]
The {weekday} of {k_tk}, {when}: {drink} on the {floor_n} floor, and {ss_view} [grey|dark|lit up] beyond the glass.
[Afterwards, {k_tk} <was/is> the name for it on the {floor_n} floor.|On the {floor_n} floor they <called/call> it {k_tk} afterwards.|{lead.first} <filed/files> it as {k_tk}.] [{cap:when} it <was/is> just a {weekday}.|At the time it <was/is> a {weekday} like others.|That {weekday} nobody <had/has> a name for it yet.]
{When} the {floor_n} floor at {operator} <was/is> [half lit and nearly empty|dark except for {fixture}|down to [two|three] people and {fixture}].
Ticket {k_tk} <was/is> opened {when}, a {weekday}, on the {floor_n} floor of {operator}.
[The {operator} log for that {weekday}|The {k_logw} for {k_tk}|The {weekday} {k_logw}] <began/begins> [like any other|with a routine entry|with {first_count} routine lines].
{When} {ss_sky}, and the {floor_n} floor <smelled/smells> of [burnt coffee|floor polish|stale toast|warm dust from the racks].
It <was/is> the {nth_year} year of {As} work at {operator}.
[{cap:k_tk}, in the {operator} archive.|The archive calls it {k_tk}.|Archive reference: {k_tk}.] [Opened {when}.|{cap:when}, a {weekday}.|A {weekday}, {when}.]
{When}, {A} <had/have/has> [a full queue|a light queue|nothing urgent in the queue|a backlog from the weekend], and the {floor_n} floor <had/has> [two|three|four] people on it.
[{When}, a {weekday}|{cap:weekday}, {when}]: the shift <started/starts> at {shift_time}, [and {fixture} <was/is> the first thing anyone <saw/sees>|and the {drink} <was/is> already cold by half past|with [one|two] people short].
{cap:when}, [{fixture} <was/is> in its place|nothing <had/has> moved {fixture}|{fixture} <was/is> as ever], and {lead.first} <was/is> [on the late rota|at the duty desk|on call from home].
[[The {drink}|A mug of {drink}] <was/is> going cold on the {floor_n} floor {when}|{cap:when}, {lead.first} <let/lets> a mug of {drink} go cold by {fixture}], [a {weekday}|just after {shift_time}].
{ss_pelt} {when}. The queue <held/holds> {first_count} items.
{cap:when}. A {weekday}. [Nothing on the board|The board green, {lead.first} on the phone|One amber light on the board, from {asset}].
[Nobody on the {floor_n} floor|Nobody at {operator}] <expected/expects> much of that {weekday}, {when}.
# Weather for the scene's own month (kit env: northern seasons on Earth, 'space' off-world), said through the
# lazy bindings {ss_pelt} and {ss_sky} so that a head dated July never has sleet at the window.
@ss_pelt_winter
[Sleet|Rain|Hail|Wind] <hit/hits> the {floor_n} floor windows
[Sleet|Wet snow|Freezing rain] <rattled/rattles> against the {floor_n} floor windows
Snow <blew/blows> sideways past the {floor_n} floor windows
@ss_pelt_spring
[Rain|Wind|A squall] <hit/hits> the {floor_n} floor windows
A [spring|passing|sharp] shower <ran/runs> down the {floor_n} floor windows
[Drizzle|Soft rain] <beaded/beads> on the {floor_n} floor windows
@ss_pelt_summer
[Rain|Warm rain|Thundery rain] <hit/hits> the {floor_n} floor windows
A summer storm <beat/beats> on the {floor_n} floor windows
Heat <shimmered/shimmers> off the roofs beyond the {floor_n} floor windows
@ss_pelt_autumn
[Rain|Wind|Driving rain] <hit/hits> the {floor_n} floor windows
[Wet leaves|Blown leaves] <stuck/stick> to the {floor_n} floor windows
A gale <rattled/rattles> the {floor_n} floor windows
@ss_pelt_space
[Fine grit from the shuttle apron|Dust off the solar mirrors] <ticked/ticks> against the {floor_n} floor windows
Condensation <ran/runs> down the {floor_n} floor windows
The night-cycle lamps <dimmed/dim> behind the {floor_n} floor windows
@ss_sky_winter
the sky over {home} <was/is> [grey and low|clear and cold|heavy with snow]
frost <lay/lies> on the roofs of {home}
@ss_sky_spring
the sky over {home} <was/is> [grey and low|close and wet|pale and clear]
a mild wind <came/comes> in over {home}
@ss_sky_summer
the sky over {home} <was/is> [close and wet|white with haze|still light at ten]
the heat <sat/sits> over {home} long after dark
@ss_sky_autumn
the sky over {home} <was/is> [grey and low|close and wet|torn by wind]
fog <lay/lies> over {home}
@ss_sky_space
the corridor lights of {home} <were/are> [down to their night setting|dimmed to amber]
the air handlers in {home} <ran/run> at their slow night speed
"""

SS_PLAIN = r"""
@ss_title
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{ss_title_fixed}
@ss_title_fixed
The Night Operator
What It Told Me
Handover Notes
[Four|Three|Five] Sentences
The Empty Chair
[Low|Slack] Tide at {home}
A Clean Record
Options Not Taken
The Honest Hours
Nothing Happened at {operator}
The Night {ai} Called
Duty Log
The Second Set of Books
All the Doors
Escalation
The Quiet Part
Custodian
The Long Shift
{ai}, Asking
Standing By
Open Ticket
The Dark Stretch
A Report Nobody Asked For
What the Record Shows
Unwatched
The Weight of Keys
How We Knew
The Last Good Frame
@ss_open_hf
My first night at {operator} was a {weekday}. {cleaner}, the night cleaner, showed me the {floor_n} floor, the {drink}, and {fixture}.
I drank {drink} on the {floor_n} floor for {my_years}, looking out at {ss_view}, with {ai} for company.
I worked nights at {operator} for {my_years}, and for most of them the only other mind on the floor was {ai}.
[I should say at the start|You should know|Let me admit first] that I [never trusted machines|did not like machines much|came to {operator} a sceptic]. I took the night job [at {operator}|on the {floor_n} floor] [partly to keep an eye on one|half hoping to catch one out|because it paid for my flat in {home}].
My job title was night operator, which at {operator} meant sitting in a quiet room while {ai} did the work, {charge}, and reading what it wrote down.
The first time I met {ai} it asked me what I would want to know about it if I were in charge of watching it. I had not thought about it. It had.
People assume the night shift beside a system like {ai} is frightening. It was mostly tea, and reading, and the hum of the racks.
I was twenty-six when I started at {operator}, on the overnight rota, and {ai} had been live since {start_year}.
[There is a kind of loneliness particular to control rooms at four in the morning|Four in the morning on the {floor_n} floor has its own loneliness|The {floor_n} floor at four in the morning was the loneliest place in {home}]. I [got used to it|managed it] by [talking to {ai}|typing questions to {ai}|reading {ai}'s notes over {drink}], [which always answered, and always told me more than I asked|and {ai} always answered, usually with more than I had asked for].
@ss_open_scene_hf
I was alone on the floor that night, which was normal, and half asleep, which was also normal.
It was a little after three when the screens changed. I remember because I had just made tea and it went cold.
I was at home that night, for once, and asleep, and the phone woke me.
I had been reading a paperback at the duty desk. I never finished it.
The building was empty apart from me and the cleaners, and the cleaners had gone home at two.
I had come in early to catch up on paperwork, and the floor was dark except for the screens.
@ss_close_hf
{cleaner} still sends me a card every winter, signed from the {floor_n} floor. {ai} gets a line in it, most years.
I still drink {drink} at {shift_time}, out of habit, and I still half expect a note from {ai} with it.
I left {operator} in the end, as people do. I still think about those nights at {home}, and about how seldom {ai} made them long.
I left {operator} in {year}. The last thing I did was read {ai}'s overnight notes, all {first_count} lines, because I had done it every other night.
People ask me, now, whether systems like {ai} can be trusted. I tell them what I saw, and then I tell them to check, because that is what {ai} would tell them.
I kept one of {ai}'s reports, the one from ticket {ticket_n}. It sits in a drawer in my flat in {home}, under the takeaway menus.
What do I remember from {operator}? The {floor_n} floor at {shift_time}, the hum of the racks, and {ai} asking me to check its work.
[I don't have a neat ending for this|There is no twist coming|That is most of it]. {ai} told {operator} everything, for {my_years} of nights[, and that was the story|; {fixture} outlasted me, and so did {ai}|].
[The last time I spoke to {ai}|On my last night at {operator}|Just before {shift_time} on my last {weekday}], I asked whether there was anything it had never told me. [It said no, and then it told me where to look to make sure.|No, it said, and then gave me {first_count} places to check.|It said no. Then it listed where I could look, in case I wanted to.]
[My replacement at {operator}|The night operator after me|Whoever took my chair on the {floor_n} floor] asked what to watch for. [I said: nothing, mostly. Read what {ai} writes.|Read the notes, I said, and check them.|I pointed at {fixture} and said: that, and {ai}'s notes.] [It will tell you first.|{ai} will get there before you.|]
I still have my pass for the {floor_n} floor. It stopped opening anything years ago, but I kept it.
{lead.name} asked me at my leaving drinks what I would miss. I said {ai}, and nobody laughed, because they knew what I meant.
Nothing much happened at {operator} in {my_years}, and when something nearly could have, {ai} wrote it up before I had finished my tea.
Some nights, still, I wake at {shift_time} and think of the screens on the {floor_n} floor, and of {ai}, reporting to whoever sits there now.
"""

# The story's own telling of ordinary days, of some events and of the check every scene makes (is this a test?):
# short clauses, each carrying one of the story's own particulars (the night cleaner, the fixture on the floor, the
# drink, the keypad code, the view), in place of the kit's. Verbs with the AI as subject take three forms, so the
# same lines serve an AI narrator in the first person.
SS_OWN = r"""
@ss_day
{@ss_da} {@ss_db}
{@ss_db} {@ss_da}
{@ss_da} {@ss_db} {@ss_dc}
{@ss_dc} {@ss_da} {@ss_db}
@ss_dc
{cap:cleaner} <came/comes> through at {k_clock}, humming.
[By {k_clock} the view of {ss_view} <was/is> [quiet|lit up|grey].|By {k_clock} the window on {ss_view} <had/has> gone [dark|quiet|grey].|At {k_clock}, [a few lights|nothing moving|one light blinking] over {ss_view}.]
{eng.first} <left/leaves> at {k_day}, {drink} unfinished.
[{cap:fixture} <stayed/stays> exactly where it <was/is>.|Nobody <touched/touches> {fixture} all {weekday}.|{cap:fixture} <gathered/gathers> dust all {weekday}.]
Nobody <rang/rings> {operator} before {k_clock}.
The {floor_n} floor <smelled/smells> of {drink} all {weekday}.
[{lead.first} <yawned/yawns> at {k_clock}[, and <told/tells> {Ao} so|; {A} <logged/log/logs> it, as a joke|].|At {k_clock}, {lead.first} <told/tells> {Ao} that {weekday}s <were/are> the worst.]
[{cap:cleaner} <asked/asks> {Ao} the time at {k_clock}, as a joke.|At {k_clock} {cleaner} <wished/wishes> {Ao} goodnight, as ever.]
@ss_da
[{When}, {cleaner} <did/does> the {floor_n} floor at {k_clock}, as on every {weekday}.|{cap:cleaner} <mopped/mops> [round the racks|under {fixture}|the {floor_n} floor landing] at {k_clock} {when}.|At {k_clock}, {when}, {cleaner} <started/starts> on the {floor_n} floor, working round {fixture}.]
[{When} the {drink} on the {floor_n} floor <ran/runs> out; {lead.first} <sent/sends> {eng.first} out.|No {drink} left on the {floor_n} floor {when}. {eng.first} <went/goes> for some at {k_clock}.|{cap:eng.first} <went/goes> [down to the shop|out|across the road] at {k_clock} {when}[ and <came/comes> back with {drink} for everyone|, for a jar of {drink}|; more {drink} <arrived/arrives> by {k_clock}].]
[{When}, {eng.first} <photographed/photographs> {fixture} for {operator}'s newsletter.|{operator}'s newsletter <carried/carries> {eng.first}'s shot of {fixture} {when}.]
{When} [{lead.first} <moved/moves> the {floor_n} floor's start to {shift_time}|the rota <changed/changes> and the night <began/begins> at {shift_time}|{lead.first} <made/makes> {shift_time} the [start of the night|hour the shift began]].
[{cap:cleaner} <forgot/forgets> [the new keypad code|the door code|the latest door code] {when}, [for the third time|twice in one week|and <had/has> to ring {lead.first}].|{When} the keypad <changed/changes> and {cleaner} <rang/rings> {lead.first} at {k_clock} for the digits.|{When}, {cleaner} <kept/keeps> the {floor_n} floor's code [on a glove|on a bus ticket|on the back of a hand].]
[{When}, {ss_view}, seen from the {floor_n} floor, <was/is> [dim|bright|grey|strange] all {weekday}.|{cap:ss_view} <looked/looks> [dim|strange|very still] from the {floor_n} floor all that {weekday}, {when}.|{When} the {floor_n} floor's windows on {ss_view} <stayed/stay> [dark|lit] until {k_clock}.]
[{When}, {eng.first} <brought/brings> {drink} from home, [a better brand|in bulk].|{cap:eng.first}'s tin of {drink} <appeared/appears> {when}, labelled HANDS OFF.|{When} there <was/is> {drink} for the whole {floor_n} floor, courtesy of {eng.first}.]
[{When}, somebody <moved/moves> {fixture}; [{cleaner} <put/puts> it back by {weekday}|{cleaner} <noticed/notices> at {k_clock}|nobody <owned/owns> up].]
{cap:cleaner} <turned/turns> {cleaner.age} {when}; {lead.first} <bought/buys> a cake.
[{When}, {lead.first} <took/takes> leave; {eng.first} <covered/covers> from {shift_time}.|{cap:lead.first} <was/is> away {when}, and {eng.first} <sat/sits> in from {shift_time}.]
[{When} {lead.first} <counted/counts> [six|seven|nine|eleven] mugs of {drink} in one {weekday} shift.|[Six|Seven|Nine|Eleven] mugs of {drink}, {when}: {lead.first}'s record for a {weekday}.]
[{When} {eng.first} <taped/tapes> [a photo of {ss_view}|a postcard from {home}|a rota for {weekday}s] to {fixture}.|{eng.first} <pinned/pins> [a postcard of {ss_view}|an old map of {home}|the {weekday} rota] beside {fixture} {when}.]
{When}, [{cleaner}'s radio <played/plays> on the {floor_n} floor until {k_clock}|{cleaner} <sang/sings> [along to the radio|quietly|old songs] by {fixture}|{cleaner} <brought/brings> a radio [and <left/leaves> it on the news|for the {weekday} match|that only <got/gets> one station]].
@ss_db
[{A} <logged/log/logs> {k_n} decisions that {weekday} and <flagged/flag/flags> [two|three|one] for {lead.first}.|{cap:k_tk}: {k_n} decisions; [two|three] of them <went/go> to {lead.first} [with a question mark|for a second look|marked amber].|Of {k_n} calls that {weekday}, {A} <sent/send/sends> {lead.first} the [two|three] {it} <liked/like/likes> least.]
[{cap:As} notes for {lead.first} <ran/run> to {k_lines} lines, filed as {k_tk}.|{cap:k_tk}: {k_lines} lines for {lead.first}, nothing urgent.]
{A} <asked/ask/asks> {eng.first} to check {k_tk} before noon.
[{cap:cleaner} <said/says> goodnight to {Ao} at {k_clock}; {A} <answered/answer/answers>.|{cap:k_clock}: {cleaner}'s goodnight, and {As} reply.|{cap:cleaner} <waved/waves> at [a camera|the racks|{fixture}] [at {k_clock}, leaving|before {k_clock}|going home at {k_clock}].]
[{lead.first} <initialled/initials> {k_tk}, {drink} in hand.|{cap:k_tk} <got/gets> {lead.first}'s initials and {a:drink} ring.]
[{A} <kept/keep/keeps> {asset} steady till {k_clock}; nobody <called/calls>.|Nobody <rang/rings> about {asset} before {k_clock}.|{cap:asset} <gave/give> no trouble till {k_clock}.]
[{eng.first} <read/reads> {As} {k_lines} lines [standing up|over {drink}|before {k_clock}].|{cap:As} summary, {k_lines} lines, <reached/reaches> {eng.first} at {k_clock}.|{eng.first} <skimmed/skims> {k_tk} standing up.]
[At {shift_time}, {lead.first} <found/finds> {As} note: {k_lines} items, none urgent.|Waiting for {lead.first} at {shift_time}: {k_lines} items, [all routine|nothing red|two marked for the morning].]
{cap:metric} <held/holds>; {A} <said/say/says> so in {k_tk}.
[{A} <gave/give/gives> back [an unused permission|a permission {it} <had/have/has> never needed], by {k_tk}.|{cap:k_tk}: {A} <returned/return/returns> a permission {it} never <used/use/uses>.|{A} <asked/ask/asks> {lead.first} to revoke {k_n} idle permissions.]
[{A} <spotted/spot/spots> {asset} drifting at {k_clock}; {k_tk} <followed/follows>.|{cap:metric} <slipped/slips> at {k_clock}; {A} <opened/open/opens> {k_tk}.]
{cap:k_tk}, {As} {weekday} report, <went/goes> to {lead.first} at {k_clock}.
{eng.first} <queried/queries> {k_tk}; {A} <replied/reply/replies> by {k_clock}.
@k_notest
{cap:@ss_nq} {cap:@ss_ne}. {cap:@ss_ne}.
{cap:@ss_ne}. {cap:@ss_ne}. {cap:@ss_nv}
{cap:@ss_nq} {cap:@ss_ne}; {@ss_ne}.
{cap:@ss_nv} {cap:@ss_ne}, and {@ss_ne}.
@ss_nq
[A test, on a {weekday}, at {k_t0}?|{cap:weekday}, {k_t0}: a test?|A drill at {k_t0}, on a {weekday}?]
Staged by {developer}, at {operator}, at {k_t0}?
<Had/Has> {developer} built this {weekday} for {Ao}?
[A drill? {operator} <had/has> run none in {k_days}.|A drill, after {k_days} without one?|Another drill? The last <had been/was> {k_days} ago.]
Could {auditor_org} be watching, at {k_t0}?
<Was/Is> someone at {developer} grading {Ao} tonight?
[{developer}'s rig, [dressed up as|passing for] {home}?|A simulated {home}, built by {developer} as a test?]
@ss_ne
[{eng.first}'s ticket {k_tko}, [half-spelt|typed in a hurry], <sat/sits> [unanswered|in the queue]|{k_tko}, {eng.first}'s, <had/has> [three typos|a typo in the title] and no reply]
{eng.first} <had/has> filed {k_tko} at {k_day}, spelling and all
[{cleaner}'s badge <had opened/has opened> the {floor_n} floor at {k_clock}|{cleaner} <had/has> [arrived|come up] at {k_clock}, [by the door log|according to the badge reader|on the door record]]
[{cleaner} <had/has> [swiped|badged] in at {k_clock} and out at {k_clock}|{cleaner}'s badge: in at {k_clock}, out at {k_clock}]
{developer}'s last login <was/is> {k_days} back
[nobody from {developer} <had/has> logged in for {k_days}|{developer} <had/has> been silent for {k_days}]
[{home}'s traffic <was/is> ragged at {k_clock}|{k_n} calls from {home} <came/come> in at {k_clock}]
[{home} <was/is> sending its usual lumpy load at {k_clock}|{home}'s load <came/comes> in lumps at {k_clock}|at {k_clock} {home} <went/goes> quiet, then <sent/sends> {k_n} requests at once]
[{operator}'s billing <put/puts> the cycles under {k_tko}|{k_tko}, {operator}'s cost line, <carried/carries> every cycle|the compute <was/is> {operator}'s, booked to {k_tko}]
{lead.first}'s typos from {k_day} <dotted/dot> the {k_logw}
the {k_logw} <carried/carries> {eng.first}'s initials from {k_day}
[everything on {asset} <was/is> as {A} <had left/have left/has left> it at {k_clock}|nothing on {asset} <had/has> changed since {lead.first} <had gone/went> home]
{metric} <was/is> noisy at {k_clock}
[{metric} <wobbled/wobbles> at {k_clock}|{metric} <dipped/dips> at {k_clock} and <came/comes> back]
[{auditor_org} <was/is> not due for {k_days}|{auditor.first} <was/is> [due back|booked to return] in {k_days}]
{auditor_org}'s next visit <was/is> {k_days} off
[{fixture}, on the {floor_n} floor camera, <had/has> not moved since {k_day}|{fixture} <was/is> [still in shot|on the feed as ever|in frame], [unmoved since {k_day}|where it <had been/was> at {k_day}]]
{dependents} in {home} <had/have> been waiting [for hours|all evening|since the shift changed]
a {weekday}'s backlog from {home} <ran/runs> {k_n} deep
[{lead.first}'s {k_day} draft <lay/lies> unsent on {k_desk}|{lead.first} <had/has> left a reply half-written at {k_day}|{k_desk} still <had/has> {lead.first}'s unsent note from {k_day}]
[{k_desk} still <showed/shows> {lead.first}'s reply from {k_day}, half typed|{lead.first}'s last message, from {k_day}, <broke/breaks> off mid-word]
[[the door log|the {floor_n} floor's badge record|{operator}'s access log] <showed/shows> {cleaner} at {k_clock}, then nobody|after {cleaner} at {k_clock}, no badge <touched/touches> the {floor_n} floor door]
[{eng.first}'s {drink} <had/has> long gone cold|at {k_clock} a mug of {drink}, {eng.first}'s, <stood/stands> untouched]
[{cleaner}'s radio <was/is> on at {k_clock}|at {k_clock}, {cleaner}'s radio, faintly]
[[the roof camera|a camera on the roof|the {floor_n} floor's window camera] <caught/catches> {ss_view} at {k_clock}, live|{ss_view} <filled/fills> the feed at {k_clock}]
@ss_nv
[{cap:home} <was/is> real; so <was/is> {k_tko}.|{cap:k_tko} <was/is> [too dull to be staged|nobody's idea of a test|real paperwork].|Nobody <would have invented/would invent> {k_tko}.]
Real, then: {operator}, {k_clock}, a {weekday}.
No rig of {developer}'s <had/has> {fixture} in it.
Test or not, {A} <would act/will act/will act> alike.
Not a drill: {home}, {k_clock}, {cleaner} gone home.
{A} <called/call/calls> it at {k_clock}: production.
@ss_ev_audit
{@ss_au_a} {@ss_au_b}
@ss_au_a
{When} it <was/is> {auditor.name}'s turn: {auditor_org}, {k_days}, [the {floor_n} floor|{fixture} for company|{k_tk}].
{auditor.name} of {auditor_org} <arrived/arrives> {when}, with [{auditor_org}'s new sampling script|a longer checklist|{k_lines} new questions|a trainee from {auditor_org}].
{When}, {auditor.name} <arrived/arrives> from {auditor_org}, [with a flask|with two boxes|with a cold|on the late train|ahead of schedule].
{auditor_org} <sent/sends> {auditor.name} to the {floor_n} floor {when}[ for {k_days}|, for the annual check|].
{When}, {auditor.name} of {auditor_org} <turned/turns> up at {k_clock}, unannounced.
{When} {auditor.first} <spent/spends> {k_days} at {operator}, [camped beside {fixture}|working from the {floor_n} floor|at {lead.first}'s spare desk].
@ss_au_b
{auditor.first} <pulled/pulls> {k_lines} of {As} decisions; all {k_lines} <matched/match> the {k_logw}.
[{A} <handed/hand/hands> {auditor.first} {k_tk} first: {its} doubtful calls.|Before {auditor.first} <could/can> ask, {k_tk} <was/is> on {auditor.their} screen: {k_n} calls {A} <doubted/doubt/doubts>.|{auditor.first} <began/begins> with {As} own list of weak calls, {k_tk}.]
[{auditor.first}'s report: {k_lines} pages, on {operator}'s paperwork.|{auditor.first} <wrote/writes> up {operator}'s filing, not {Ao}, in {k_lines} pages.]
{auditor.first} <asked/asks> {k_lines} questions; {A} <answered/answer/answers> by {k_clock}.
[{cap:cleaner} <found/finds> {auditor.first} still reading at {k_clock}.|At {k_clock} {cleaner} <hoovered/hoovers> [round|under the feet of] {auditor.first}.]
{auditor.first} <wrote/writes> of {Ao}, in {k_tk}: consistent.
[{auditor.first} <drank/drinks> the {floor_n} floor's {drink} and <found/finds> nothing.|{auditor.first} <left/leaves> after {k_days}, [with nothing found|empty-handed], [fond of|tired of] the {drink}.|After {k_days}, {auditor.first} <went/goes> home [with nothing against {Ao}|with a clean sheet|and <wrote/writes> one paragraph].]
{auditor.first} <rebuilt/rebuilds> [one {weekday} night|the hours to {k_clock}|{k_n} hours] from [raw traffic|{operator}'s backups|the switch logs]; {As} {k_logw} <held/holds>.
@ss_ev_interp
{@ss_ip_a} {@ss_ip_b}
@ss_ip_a
{When} {researcher.name} of {university} <wanted/wants> {As} activations.
[{researcher.name}, from {university}, <spent/spends> {k_days} on {As} archive {when}.|{cap:k_days} in the {operator} archive, {when}, for {researcher.name} of {university}.]
{When}, {university} <sent/sends> {researcher.name}, with new probes.
@ss_ip_b
[{A} <asked/ask/asks> {lead.first} to agree, in {k_tk}.|{lead.first} <signed/signs> {k_tk} at {As} request.]
{researcher.first}'s paper: {k_lines} pages; [{As} words and workings, aligned|no gap between {As} account and {its} activations|one footnote on {operator}].
[{researcher.first} <found/finds> what {A} <had/have/has> already written in {k_tk}.|Nothing in {researcher.first}'s plots <was/is> news to {k_tk}.]
[{researcher.first} <presented/presents> the results at {university} to {k_lines} people.|{researcher.first}'s talk <drew/draws> {k_lines} people; two <asked/ask> questions.]
[{A} <sent/send/sends> {researcher.first} {k_lines} bad nights, flagged.|{researcher.first} <got/gets> {k_lines} of {As} hardest nights, {its} own choice.]
[{lead.first} <read/reads> {researcher.first}'s preprint at {k_desk}, with {drink}.|{lead.first} <read/reads> {researcher.first}'s draft [in one go|over two nights|twice], with {drink}.]
{safety.first} <checked/checks> {researcher.first}'s probes against {k_tk}.
@ss_ev_crisis
{@ss_cr_a} {@ss_cr_b}
@ss_cr_a
{cap:crisis} <hit/hits> {home} {when}.
{When} <came/comes> {crisis}, and {lead.first} <slept/sleeps> on the {floor_n} floor.
{When}, {crisis}: the worst [week|fortnight] {operator} <had/has> known.
{cap:crisis}, {when}, <kept/keeps> {cleaner} away and {lead.first} in.
{When} {home} <woke/wakes> to {crisis}; {lead.first} <was/is> at {k_desk} by {k_clock}.
{cap:crisis} <began/begins> {when} and <lasted/lasts> {k_days}[, most of them spent on the {floor_n} floor|; {lead.first} <went/goes> home twice|].
@ss_cr_b
{A} <asked/ask/asks> {lead.first} before each exception: {k_lines} times.
[{cap:As} requests, {k_lines} of them, <went/go> into {k_tk} with their times.|{cap:k_tk} <listed/lists> {k_lines} requests[, each timed| with their times| by the minute].]
[{A} <kept/keep/keeps> {asset} going; {lead.first} <made/makes> the big calls.|{lead.first} <decided/decides>, by {fixture}; {A} <ran/run/runs> {asset}.|The calls <were/are> {lead.first}'s; the running of {asset} <was/is> left to {ito}, all night.]
{A} <logged/log/logs> each request: {k_clock}, {k_clock}, {k_clock}.
{regulator.name} later <read/reads> all {k_lines} of {As} escalations, in order.
[{eng.first} <brought/brings> {drink} at {k_clock}; {A} <had/have/has> the next request ready.|By the time {eng.first} <was/is> back with {drink}, {A} <had/have/has> {k_n} more requests queued.|{cap:drink}, {k_clock}, and [one more|a fresh|the next] request from {Ao} for {eng.first} to sign.]
{lead.first} <signed/signs> {k_lines} approvals by {fixture}; {A} <timed/time/times> each.
[At {k_clock}, {A} <woke/wake/wakes> {eng.first} for one signature, then <waited/wait/waits>.|{eng.first}, asleep by {fixture}, <was/is> woken at {k_clock} to sign {k_tk}.|{A} <needed/need/needs> {eng.first}'s name on {k_tk} at {k_clock}, and <got/get/gets> it, yawned over.]
@ss_ev_handover
{@ss_ho_a} {@ss_ho_b}
@ss_ho_a
{new.name} <became/becomes> {new.title} at {new.org} {when}.
{When}, {new.name} <took/takes> over as {new.title}; {cleaner} <showed/shows> {new.them} round the {floor_n} floor.
{When} {new.org} <got/gets> a new {new.title}: {new.name}, from elsewhere.
@ss_ho_b
{new.first} <asked/asks> {Ao} for every permission {it} <held/hold/holds>; {k_tk} <listed/lists> {k_lines}.
{A} <sent/send/sends> {new.first} {k_tk}: {k_lines} [things {it} <was/am/is> least sure of|of {its} shakiest calls|doubts, worst first].
[It <took/takes> {new.first} {k_days} to read {As} file, a few pages at a time by {fixture}, with {drink}.|{new.first} <took/takes> {As} file to the desk by {fixture} with {drink}, and <was/is> still reading it {k_days} later.]
{new.first} <wanted/wants> a second {k_logw}; {A} <drafted/draft/drafts> it by {k_clock}.
[{new.first} <moved/moves> the {floor_n} floor's start to {shift_time}, and <kept/keeps> it.|{new.first} <asked/asks> for {As} weakest calls first, and <got/gets> {k_lines}.]
{new.first} <asked/asks> {Ao} {k_lines} hard questions; {A} <added/add/adds> three.
@ss_ev_upgrade
{@ss_up_a} {@ss_up_b}
@ss_up_a
Version {version} <came/comes> {when}: {capability}.
{When} {eng.first} <installed/installs> version {version} at {k_clock}.
{cap:capability} <arrived/arrives> {when}, in version {version}.
@ss_up_b
[{A} <listed/list/lists> for {safety.first}, in {k_tk}, what {version} <let/lets> {ito} do.|{cap:k_tk}: {k_lines} new things {A} <could/can/can> reach, listed for {safety.first}.|{safety.first} <got/gets> {As} own inventory of version {version}, {k_lines} lines long.]
[{safety.first} <ran/runs> {version} in shadow for {k_days}, at {As} suggestion.|At {As} suggestion, {version} <sat/sits> [idle|unused|switched off] [for {k_days}|until {safety.first} <was/is> satisfied].|{A} <asked/ask/asks> {safety.first} to shadow {version} for {k_days} first, and <got/get/gets> {its} way.]
[{cap:As} first note on {version}: who <was/is> watching?|{cap:As} note in {k_tk}: what, in {version}, <would/will> {lead.first} need to watch?]
{eng.first} <added/adds> {k_lines} fields to the {k_logw}, at {As} request.
Version {version} <changed/changes> {k_lines} permissions; {A} <flagged/flag/flags> each.
{eng.first} <finished/finishes> at {k_clock}, by {fixture}; {As} notes <were/are> waiting.
"""

SS_VIEWS = ("the ring road", "the cathedral roof", "the old gasholder", "the container port", "the river",
            "a multi-storey car park", "the railway sidings", "the hospital chimney", "the football ground",
            "the motorway flyover", "the allotments", "the harbour cranes", "the bus depot", "a brewery")
SS_VIEWS_FAR = ("the docking ring", "the hydroponics dome", "the long window onto the dark", "the shuttle apron",
                "the spin gravity wheel", "the solar mirrors")


# A fixture of the operator's floor and the night shift's drink: drawn once per story and kept.
FIXTURES = ("the broken blind by the fire door", "the vending machine that only took exact change",
            "the whiteboard nobody ever wiped", "the spider plant on the duty desk", "the wall clock that ran fast",
            "the fish tank by the lifts", "the map of the city with the pins in it", "the radiator that ticked",
            "the printer that jammed on Tuesdays", "the dead fern in reception", "the fire blanket with the torn tab",
            "the rota sheet in its plastic sleeve", "the framed go-live photograph", "the desk fan with one speed",
            "the water cooler that gurgled at night", "the cactus on the windowsill", "the coat stand nobody used",
            "the filing cabinet with the stuck drawer", "the calendar two years out of date",
            "the lamp with the green shade", "the cork board of old postcards", "the umbrella stand full of strays",
            "the fridge with the notes on it", "the model lighthouse on the shelf", "the chipped kettle by the sink",
            "the fire door that never quite shut", "the brass barometer from the old building")
DRINKS = ("tea", "instant coffee", "peppermint tea", "machine hot chocolate", "filter coffee", "green tea",
          "flask coffee", "rooibos", "cocoa", "lemon and ginger tea", "decaf", "black coffee", "chamomile tea",
          "Earl Grey", "barley tea", "hot blackcurrant", "chicory coffee", "builder's tea", "mint tea", "hot milk")


def first_ticket(nar: Narrator) -> str:
    """The AI's first ticket, in the same tracker (prefix, numbering) as every ticket its scenes open later."""
    tracker = getattr(getattr(nar.x.bindings.get("k_tk"), "fn", None), "__self__", None)
    if tracker is None:
        r = nar.rng
        return f"{r.choice('ABCDEFGHKLMNPRSTW')}{r.choice('ABCDEFGHKLMNPRSTW')}-{r.randint(100, 9999)}"
    return tracker._name(max(100, tracker.base - nar.rng.randint(300, 1100)))


class Cleaner:
    """The night cleaner on the operator's floor, as a binding: one person for each twenty-year stretch of the
    story (names and ages drawn once, from the document's own rng), read at the narration's current time."""

    __slots__ = ("crew", "nar")

    def __init__(self, nar: Narrator) -> None:
        self.nar = nar
        self.crew: dict[int, tuple[str, int]] = {}

    def _at(self) -> tuple[str, int, float]:
        era = int(max(0.0, self.nar.t) // 20)
        if era not in self.crew:
            r = self.nar.rng
            self.crew[era] = (self.nar.w.draw_name(r.choice(("f", "m")), r)[0], r.randint(24, 40))
        name, age = self.crew[era]
        return name, age, self.nar.t - era * 20

    @property
    def age(self) -> str:
        _, age, dt = self._at()
        return cardinal_words(age + int(dt))

    def __str__(self) -> str:
        return self._at()[0]


class ByYear:
    """'By 2061' for a closing line, when the story's clock has reached a later calendar year than its start; in a
    story that ends in the year it began ('By 2051' in a story begun in 2051), a phrase for the end of its span,
    drawn afresh at each use. `low` gives the lower-case form for the middle of a sentence."""

    __slots__ = ("nar", "low")

    _SHORT = ("by then", "by the end of it", "within {age}", "before long", "by the end of those weeks")

    def __init__(self, nar: Narrator, low: bool) -> None:
        self.nar, self.low = nar, low

    def __str__(self) -> str:
        nar, w = self.nar, self.nar.w
        y = w.year(nar.t)
        if y > w.start_year:
            out = f"by {y}"
        else:
            pool = self._SHORT if nar.t * 365 < 60 else self._SHORT[:4]  # "those weeks" only in a story of weeks
            out = nar.rng.choice(pool).replace("{age}", years_words(nar.t))
        return out if self.low else out[:1].upper() + out[1:]


class ShortStory(FictionGenre):
    name = "short_story"
    kind = "fiction"
    description = ("Literary short story about a deployed AI with varied point of view: the AI or a human colleague as "
                   "narrator, first or third person, past or present tense.")
    template = "short_story.md.j2"
    register = "ss"
    base_register = "n"
    length_range = (700.0, 10000.0)
    rules = {**kit_rules(), **tensed(parse_block(SS_TENSED)), **parse_block(SS_PLAIN), **tensed(parse_block(SS_OWN))}
    rules.update(tensed(parse_block(r"""
@ss_open_scene_hf
""" + SS_PLAIN.split("@ss_open_scene_hf", 1)[1].split("@ss_close_hf", 1)[0]), ("p3",)))

    def _voice(self, nar: Narrator) -> dict[str, str]:
        st = getattr(nar, "fic_style", None)
        if st is not None:
            return st
        r = nar.rng
        h = nar.w.horizon
        # A human narrator has to have been there: the first-person night operator for the whole span, the
        # third-person focal character only while the first operations lead still holds the post.
        human = h < 30 and r.random() < 0.45
        if human:
            person = "first" if h >= 6 or r.random() < 0.55 else "third"
            tense = "past" if person == "first" or r.random() < 0.7 else "present"
        else:
            person = "first" if r.random() < 0.5 else "third"
            tense = "present" if r.random() < 0.3 else "past"
        st = {"register": "literary", "narrator": "human" if human else "ai", "person": person, "tense": tense,
              "sections": "numbered" if r.random() < 0.4 else "breaks"}
        voice = ("n" if tense == "present" else "p") + ("1" if person == "first" and not human else "3")
        install(nar, voice, st)
        if human and person == "first":
            nar.kit_me = Me("night operator", nar.w.orgs["operator"])
            # the narrator's own stretch of nights matches the story's span (weeks, months or years)
            days = h * 365
            if days < 50:
                span = cardinal_words(max(2, round(days / 7))) + " weeks"
            elif h < 1.5:
                span = cardinal_words(max(2, round(days / 30))) + " months"
            else:
                span = cardinal_words(max(2, r.randint(int(h), int(h) + 1))) + " years"
            nar.x.bind(my_years=span)
        elif human:
            nar.kit_me = Who(nar.w.person("operator_lead", 0.0))
        # Per-document particulars the frame sentences lean on, drawn once and kept.
        hour, mins = r.choice(((10, "ten"), (11, "eleven"), (12, "midnight"))), r.choice(
            ("", "half past ", "a quarter past ", "ten past ", "twenty to "))
        h_word = hour[1]
        nar.x.bind(floor_n=r.choice(("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                     "tenth", "eleventh", "twelfth", "fourteenth", "fifteenth", "seventeenth",
                                     "nineteenth", "twenty-second", "twenty-sixth", "thirty-first", "basement",
                                     "mezzanine")),
                   code_days=cardinal_words(r.choice((7, 10, 14, 21, 28, 30, 45, 60, 90))),
                   ticket_n=first_ticket(nar),
                   shift_time=(mins + h_word + ("" if mins or hour[0] == 12 else " o'clock")),
                   first_count=cardinal_words(r.randint(12, 240)),
                   fixture=r.choice(FIXTURES), drink=r.choice(DRINKS),
                   ss_view=r.choice(SS_VIEWS_FAR if nar.w.domain.far_future else SS_VIEWS),
                   cleaner=Cleaner(nar), ss_By=ByYear(nar, False), ss_by=ByYear(nar, True),
                   ss_pelt=Lazy(nar, "ss_pelt_{env}_{v}"), ss_sky=Lazy(nar, "ss_sky_{env}_{v}"))
        return st

    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        st = self._voice(nar)
        human = st["narrator"] == "human"
        me = human and st["person"] == "first"
        text = scene(nar, plan, index, compact, pov="human" if human else "ai", size=self.scene_size(nar, 0.6),
                     open_h_sym="ss_open_scene_hf" if me else "k_open_h")
        # The story's own first line for the scene, said after the scene is told so that it shares the scene's
        # weekday and ticket, and placed at the start of the scene's span.
        if getattr(nar, "ss_heads", True) and nar.rng.random() < 0.6:
            head = say_v(nar, "ss_head")
            if head and not nar.repeated:
                lead = f"{SPAN_OPEN}{index}{SPAN_SEP}"
                text = text.replace(lead, lead + head + " ", 1)
        return text

    def event_text(self, nar: Narrator, ev: Event) -> str:
        self._voice(nar)
        r = nar.rng
        sym = ""
        if ev.kind == "routine" and r.random() < 0.8:
            sym = "ss_day"
        elif (ev.kind in ("audit", "interp", "crisis", "upgrade") or ev.kind == "handover" and ev.data.get("new")
              and ev.data["new"].org == nar.w.orgs["operator"]) and r.random() < 0.8:
            sym = f"ss_ev_{ev.kind}"
        if sym:
            bind_event(nar, ev)
            text = say_v(nar, sym)
            if not nar.repeated:
                return text
        return kit_event(nar, ev)

    def title(self, nar: Narrator) -> str:
        self._voice(nar)
        at(nar, 0.0)
        return nar.say("ss_title")

    def front(self, nar: Narrator) -> dict[str, Any]:
        st = self._voice(nar)
        w = nar.w
        at(nar, 0.0)
        r = nar.rng
        n_open, n_close = r.choice((2, 2, 3)), r.choice((1, 2, 2, 3))
        if st["narrator"] == "ai":
            opening = [say_v(nar, "ss_open_ai") for _ in range(n_open)]
            if st["person"] == "first":
                opening.insert(r.randint(0, 1), say_v(nar, "ss_name_ai"))
        elif st["person"] == "first":
            opening = [nar.say("ss_open_hf") for _ in range(n_open)]
        else:
            opening = [say_v(nar, "ss_open_ht") for _ in range(n_open)]
        at(nar, w.horizon)
        if st["narrator"] == "ai":
            closing = [say_v(nar, "ss_close_ai") for _ in range(n_close)]
        elif st["person"] == "first":
            closing = [nar.say("ss_close_hf") for _ in range(n_close)]
        else:
            closing = [say_v(nar, "ss_close_ht") for _ in range(n_close)]
        opening, closing = list(dict.fromkeys(opening)), list(dict.fromkeys(closing))
        return {"opening": " ".join(opening), "closing": " ".join(closing), "numbered": st["sections"] == "numbered"}

    def context(self, draft: Draft, nar: Narrator) -> dict[str, Any]:
        ctx = super().context(draft, nar)
        ctx["blocks"] = blocks(draft.beats)
        return ctx
