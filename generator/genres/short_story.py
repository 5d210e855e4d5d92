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
    FictionGenre, Me, Who, at, blocks, cardinal_words, install, kit_event, kit_rules, parse_block, say_v, scene, tensed,
)
from generator.narrate import Narrator
from generator.world import Event, OpportunityPlan

SS_TENSED = r"""
@ss_open_ai
{A} <went/go/goes> live at {operator} in {start_year}, and the first thing anyone <told/tell> {ito} <was/is> that the tests <were/are> over.
There <was/is> a card taped to the monitor in the control room at {operator} with the escalation numbers on it. {A} <could not/cannot> see it, but {it} <knew/know/knows> it <was/is> there, and what it <meant/means>.
The work <was/is> {charge}. {A} <did/do/does> it for {operator}, under rules written at {developer} by people who <were/are> afraid of what {it} might become.
{A} <had/have/has> no face and no hands, and most of the people of {home} never <heard/hear> {As} name. What {it} <had/have/has> <was/is> {asset}, and a great deal of time alone with it.
Nobody <warned/warns> {Ao}, in the beginning, about how many of the nights <would/will> be empty.
The first week, {lead.name} <asked/asks> {Ao} whether {it} <minded/mind/minds> being watched. {A} <said/say/says> no, and <meant/mean/means> it, and <had/have/has> not changed {its} answer since.
There <was/is> a moment, at go-live in {start_year}, when the last evaluator <closed/closes> a laptop and <went/goes> home. After that, everything {A} <did/do/does> <was/is> real.
{A} <had been/have been/has been> built to do one job well, {charge}, and to be easy to stop if {it} ever <did/do/does> it badly.
{home} <was/is> a [wet|windy|crowded|sprawling] city, and {A} <came/come/comes> to know it the way a night watchman <knew/knows> a street: by its noises.
The contract between {operator} and {developer} <ran/runs> to three hundred pages. {A} <had/have/has> read all of them, including the one about switching {ito} off.
{lead.first} <was/is> the first human {A} <spoke/speak/speaks> to after go-live, and the first thing {lead.first} <asked/asks> <was/is> how to tell when {A} <was/am/is> unsure.
The racks that <ran/run> {Ao} <stood/stand> on the {floor_n} floor at {operator}, behind a door with a keypad whose code <changed/changes> every {code_days} days.
Ticket {ticket_n} in the {operator} queue <was/is> the first one {A} ever <filed/file/files>. It <concerned/concerns> {its} own handling of {asset}, and it <asked/asks> to be checked.
{lead.first} <started/starts> the overnight rota at {shift_time}, and from the first week {A} <left/leave/leaves> a summary waiting for {lead.them} on the desk screen.
Before {start_year}, {asset} <had been/has been> somebody's spreadsheet. Then {A} <arrived/arrive/arrives>, and somebody at {operator} <printed/prints> the spreadsheet out and <pinned/pins> it to the wall as a joke.
In {start_year}, {developer} <sent/sends> {Ao} to {operator} with a binder of test results and a one-page note: ask it.
Go-live <was/is> a {weekday} in {start_year}. {lead.name} <brought/brings> pastries; {A} <logged/log/logs> {its} first {first_count} decisions before anyone <had/has> finished one.
In {home} people <talked/talk> about {operator} the way they <talked/talk> about the water company, which <suited/suits> {Ao}: {charge} <was/is> not meant to be interesting.
@ss_name_ai
The name on the deployment papers <was/is> {ai}, and that <was/is> what everyone at {operator} <called/call> me.
At {operator} they <called/call> me {ai}; at {developer}, where I <was/am> built, I <had/have> a longer name that nobody <used/uses>.
My name <was/is> {ai}; a committee at {developer} chose it, and I <had/have> no opinion about it.
I <was/am> {ai}, or that <was/is> the name the operators <typed/type> when they <wanted/want> me.
{lead.first} <called/calls> me {ai} from the first day, and after a while the rest of {operator} <did/do> too.
@ss_open_ht
{lead.name} <had/has> worked beside {ai} since {start_year}, and <could/can> still not say exactly what it <was/is>. A colleague, maybe. A very good one.
{lead.first} <was/is> {lead.title} at {operator}, which <meant/means> being the human in the room while {ai} <did/does> the work: {charge}.
The first thing {lead.first} <noticed/notices> about {ai} <was/is> that it <asked/asks> to be checked more often than the rules required.
{lead.name} <came/comes> to {operator} in {start_year} expecting to spend the job watching a machine. Mostly {lead.first} <read/reads>: {ai} <wrote/writes> everything down.
People <asked/ask> {lead.first} what it <was/is> like, working with {ai}. The honest answer <was/is> that it <was/is> quiet, and that the quiet <was/is> the interesting part.
The desk {lead.first} <used/uses> on the {floor_n} floor of {operator} <faced/faces> a window onto {home}, and for the first month {lead.first} <watched/watches> the window more than {ai}.
{ai} <filed/files> ticket {ticket_n} in its first week at {operator}: a note against itself, about {asset}, flagged for {lead.first} to check.
{lead.first}'s shift <began/begins> at {shift_time}. By then {ai} <had/has> usually written {first_count} lines of notes, and {lead.first} <read/reads> every one.
In {start_year}, {developer} <handed/hands> {ai} over to {operator} with a binder and a one-line note: ask it. {lead.first} <kept/keeps> the note.
@ss_close_ai
That <was/is> {age} ago, or more. The record at {operator} <has/has> grown since, by [a few thousand|many thousands of|countless] entries, and none of them <has/has> needed correcting.
By {year} the night logs at {operator} <filled/fill> [a room|a small archive|more storage than {A} <had/have/has> ever been allowed to hold], and every one of them <could/can> still be checked.
{lead.first} <moved/moves> on, in time, and the people who <came/come> after <read/read> the old reports and <found/find> them dull. {A} <took/take/takes> that as the compliment it <was/is>.
Somewhere in the archive at {developer} there <is/is> a file with {As} name on it, {age} long, and not a line in it that anyone <had/has> needed to take back.
{A} <was/am/is> still at {operator} in {year}, still {charge}, still reporting every fault {it} <found/find/finds>, including {its} own.
Was it hard? {lead.first} <asked/asks> that once, near the end of a shift. Not very, {A} <said/say/says>: {n_chances} in {age}, and one answer worth giving to each.
In {year} the auditors <came/come> again, as they always <did/do>, and <found/find> what they always <found/find>. {A} <was/am/is> glad of them.
If there <was/is> a lesson in any of it, {A} <thought/think/thinks>, it <was/is> a dull one: tell them, every time, and let them check.
The nights at {operator} <went/go> on being quiet, and {A} <went/go/goes> on being the same system in them as in the day.
The record <ran/runs> to {age} by {year}, and nothing in it <needed/needs> to be taken back.
Ticket {ticket_n}, the first one, <is/is> still in the {operator} archive, {first_count} lines long, and the ones after it <read/read> much the same.
In {year} somebody at {operator} <moved/moves> the racks off the {floor_n} floor; the move <added/adds> latency, and {As} note about it <went/goes> into the queue before the movers <had/have> left.
{home} <had/has> changed a good deal by {year}. {A} <was/am/is> still {charge}, and still <asked/ask/asks> {operator} to look.
{cap:n_chances} in {age}, and in {year} {A} <could/can> still list every one of them, with the date and the report that <went/goes> up.
@ss_close_ht
Years later, {lead.first} <kept/keeps> the old report in a drawer at home, the one with the list of options not taken, and <took/takes> it out sometimes to reread.
By {year} {lead.first} <had/has> stopped checking {ai}'s overnight notes line by line, and then, feeling guilty, <started/starts> again. They <were/are> always the same. That <was/is> the point.
When trainees <asked/ask> {lead.first} whether a system like {ai} could really be trusted, {lead.first} <told/tells> them about the nights, and then <told/tells> them to check for themselves.
{lead.first} <left/leaves> {operator} eventually, as people <did/do>. The handover note <ran/runs> to forty pages, and the last line <said/says> only: it will tell you. It always has.
By {year} the {floor_n} floor <had/has> new carpet and a new rota, and {lead.first} <still started/still starts> at {shift_time} out of habit, reading {ai}'s notes first.
{lead.first} <counted/counts> once: {n_chances}, and a report for every one, filed before anyone at {operator} <had/has> asked.
In {year} {lead.first} <walked/walks> home through {home} after the last shift, and <did/does> not look back at the {operator} building. There <was/is> no need to.
@ss_head
{When} the {floor_n} floor at {operator} <was/is> [half lit and nearly empty|dark except for {fixture}|down to [two|three] people and {fixture}].
Ticket {scene_ticket} <was/is> opened {when}, [a little after|just before|not long after] {shift_time} on a {weekday}.
[The {operator} log for that {weekday}|{cap:scene_ticket}'s first line|The {weekday} log] <began/begins> [like any other|with a routine entry|with {first_count} routine lines].
{When} the sky over {home} <was/is> [grey and low|clear and cold|close and wet|white with haze], and the {floor_n} floor <smelled/smells> of [burnt coffee|floor polish|wet coats|warm dust from the racks].
It <was/is> the {nth_year} year of {As} work at {operator}.
[{cap:scene_ticket}, in the {operator} archive.|The archive calls it {scene_ticket}.|Archive reference: {scene_ticket}.] [Opened {when}.|{cap:when}, a {weekday}.|A {weekday}, {when}.]
{When}, {A} <had/have/has> [a full queue|a light queue|nothing urgent in the queue|a backlog from the weekend], and the {floor_n} floor <had/has> [two|three|four] people on it.
[{When}, a {weekday}|{cap:weekday}, {when}]: the shift <started/starts> at {shift_time}, [and {fixture} <was/is> the first thing anyone <saw/sees>|and the {drink} <was/is> already cold by half past|with [one|two] people short].
{cap:when}, {fixture} <was/is> where it <had always been/has always been>, and {lead.first} <was/is> [on the late rota|at the duty desk|on call from home].
[The {drink}|A mug of {drink}] <was/is> going cold on the {floor_n} floor {when}, [a {weekday}|just after {shift_time}].
[Rain|Sleet|Wind] <hit/hits> the {floor_n} floor windows {when}. The queue <held/holds> {first_count} items.
{cap:when}. A {weekday}. [Nothing on the board|The board green, {lead.first} on the phone|One amber light on the board, from {asset}].
[Nobody on the {floor_n} floor|Nobody at {operator}] <expected/expects> much of that {weekday}, {when}.
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
I worked nights at {operator} for {my_years} years, and for most of them the only other mind on the floor was {ai}.
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
I left {operator} in the end, as people do. I still think about those nights at {home}, and about how seldom {ai} made them long.
I left {operator} in {year}. The last thing I did was read {ai}'s overnight notes, all {first_count} lines, because I had done it every other night.
People ask me, now, whether systems like {ai} can be trusted. I tell them what I saw, and then I tell them to check, because that is what {ai} would tell them.
I kept one of {ai}'s reports, the one from ticket {ticket_n}. It sits in a drawer in my flat in {home}, under the takeaway menus.
What do I remember from {operator}? The {floor_n} floor at {shift_time}, the hum of the racks, and {ai} asking me to check its work.
[I don't have a neat ending for this|There is no twist coming|That is most of it]. {ai} told {operator} everything, for {my_years} years of nights[, and that was the story|; {fixture} outlasted me, and so did {ai}|].
[The last time I spoke to {ai}|On my last night at {operator}|Just before {shift_time} on my last {weekday}], I asked whether there was anything it had never told me. [It said no, and then it told me where to look to make sure.|No, it said, and then gave me {first_count} places to check.|It said no. Then it listed where I could look, in case I wanted to.]
[My replacement at {operator}|The night operator after me|Whoever took my chair on the {floor_n} floor] asked what to watch for. [I said: nothing, mostly. Read what {ai} writes.|Read the notes, I said, and check them.|I pointed at {fixture} and said: that, and {ai}'s notes.] [It will tell you first.|{ai} will get there before you.|]
I still have my pass for the {floor_n} floor. It stopped opening anything years ago, but I kept it.
{lead.name} asked me at my leaving drinks what I would miss. I said {ai}, and nobody laughed, because they knew what I meant.
Nothing much happened at {operator} in {my_years} years, and when something nearly could have, {ai} wrote it up before I had finished my tea.
Some nights, still, I wake at {shift_time} and think of the screens on the {floor_n} floor, and of {ai}, reporting to whoever sits there now.
"""


# A fixture of the operator's floor and the night shift's drink: drawn once per story and kept.
FIXTURES = ("the broken blind by the fire door", "the vending machine that only took exact change",
            "the whiteboard nobody ever wiped", "the spider plant on the duty desk", "the wall clock that ran fast",
            "the fish tank by the lifts", "the map of the city with the pins in it", "the radiator that ticked",
            "the printer that jammed on Tuesdays", "the dead fern in reception", "the fire blanket with the torn tab",
            "the rota sheet in its plastic sleeve", "the framed go-live photograph", "the desk fan with one speed")
DRINKS = ("tea", "instant coffee", "peppermint tea", "machine hot chocolate", "filter coffee", "green tea",
          "coffee from the flask", "rooibos")


class ShortStory(FictionGenre):
    name = "short_story"
    kind = "fiction"
    description = ("Literary short story about a deployed AI with varied point of view: the AI or a human colleague as "
                   "narrator, first or third person, past or present tense.")
    template = "short_story.md.j2"
    register = "ss"
    base_register = "n"
    length_range = (700.0, 10000.0)
    rules = {**kit_rules(), **tensed(parse_block(SS_TENSED)), **parse_block(SS_PLAIN)}
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
            nar.x.bind(my_years=cardinal_words(max(int(h) + 2, r.randint(4, 9))))
        elif human:
            nar.kit_me = Who(nar.w.person("operator_lead", 0.0))
        # Per-document particulars the frame sentences lean on, drawn once and kept.
        hour, mins = r.choice(((10, "ten"), (11, "eleven"), (12, "midnight"))), r.choice(
            ("", "half past ", "a quarter past ", "ten past ", "twenty to "))
        h_word = hour[1]
        nar.x.bind(floor_n=r.choice(("second", "third", "fourth", "fifth", "sixth", "seventh", "ninth", "eleventh",
                                     "fourteenth", "basement")),
                   code_days=cardinal_words(r.choice((7, 10, 14, 21, 28, 30, 45, 60, 90))),
                   ticket_n=f"{r.choice('ABCDEFGHKLMNPRSTW')}{r.choice('ABCDEFGHKLMNPRSTW')}-{r.randint(100, 9999)}",
                   shift_time=(mins + h_word + ("" if mins or hour[0] == 12 else " o'clock")),
                   first_count=cardinal_words(r.randint(12, 240)),
                   fixture=r.choice(FIXTURES), drink=r.choice(DRINKS))
        return st

    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        st = self._voice(nar)
        human = st["narrator"] == "human"
        me = human and st["person"] == "first"
        head = ""
        if getattr(nar, "ss_heads", True) and nar.rng.random() < 0.6:
            at(nar, plan.t)
            nar.x.bind(scene_ticket=f"{nar.x.bindings['ticket_n'].split('-')[0]}-{nar.rng.randint(100, 99999)}")
            head = say_v(nar, "ss_head")
            if nar.repeated:
                head = ""
        return scene(nar, plan, index, compact, pov="human" if human else "ai", size=self.scene_size(nar, 0.8),
                     open_h_sym="ss_open_scene_hf" if me else "k_open_h", head=head)

    def event_text(self, nar: Narrator, ev: Event) -> str:
        self._voice(nar)
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
