"""Novel chapter: one numbered chapter from the middle of a novel about a deployed AI.

The chapter opens with the kind of recap a novelist gives a returning reader (the go-live, the testing months,
the people the reader has already met), tells its stretch of the world's timeline in scenes, lets later scenes call
back to earlier ones, and closes on a quiet, settled note rather than a cliffhanger. Continuity hints only ever
point at facts the world fixes (who held which post, when the system went live) or at undated, uneventful
background, so nothing contradicts the world. Scenes come from the fiction kit in `science_fiction_passage`.
"""

from __future__ import annotations

from typing import Any

from generator.genres.base import Draft
from generator.genres.science_fiction_passage import (
    FictionGenre, Who, at, blocks, cardinal_words, install, kit_event, kit_rules, parse_block, say_v, scene, tensed, when_phrase,
)
from generator.narrate import Narrator
from generator.world import Event, OpportunityPlan

NC_TENSED = r"""
@nc_recall
It <had been/has been> {age_now} since {ai} went live at {operator}, and {lead.first} still <remembered/remembers> [the long argument about the escalation rules|the cake on the last Friday of testing|the silence on the Monday after go-live] better than {lead.they} would have liked.
{lead.first} <had/has> not thought about the go-live in {start_year} for a long while. [The card with the escalation numbers <was/is> still taped to the monitor, its corners curled.|The escalation card from that week <was/is> still [taped to the monitor|pinned above the desk] on the {floor_n} floor.|Ticket {ticket_n} from that first week <was/is> still in the tray.]
{A} <had passed/has passed> every evaluation {developer} could think of before go-live, and then the evaluators <had gone/have gone> home, and everything since <had been/has been> real.
By now the people at {operator} <had/have> stopped calling {ai} the new system. It <was/is> [part of the floor, like the air handlers and the bad coffee|as much a fixture as the duty desk|simply the system, the way {home} <was/is> simply the city].
{safety.name} at {developer} still <read/reads> {As} logs every week, as {safety.they} <had/{safety.have}> promised to in the testing months.
The rules {A} <worked/work/works> under <had been/have been> argued over for two years before go-live, line by line, in rooms {A} never <saw/see/sees>.
Since {start_year} the floor at {operator} <had/has> changed its carpets twice and its coffee supplier three times. {A} <had/have/has> not changed, in the one way that <mattered/matters>.
There <had been/have been> a great deal of worry, in {start_year}, about what {ai} might do when nobody was looking. {lead.first} <had/has> worried as much as anyone.
{ai}, {charge}, <had been/has been> running for {age_now}.
In {home} the year <was/is> {year}, and {ai} <had/has> a reputation on the {floor_n} floor, mostly for being dull.
{lead.first} <kept/keeps> the first week's logs from {start_year} in a folder labelled, in marker pen, {ai}: early. Ticket {ticket_n} <was/is> on top.
The arrangement at {operator} <was/is> unchanged: {developer} <built/builds> {Ao}, {operator} <ran/runs> it, and {regulator_org} <watched/watches> them both.
What people at {operator} <said/say> about {Ao}, when they <said/say> anything, <was/is> that it <asked/asks> a great many questions and <wrote/writes> down all the answers.
@nc_recall_prev
{lead.name} <had/has> held the post of {lead.title} since {lead_since}, taking over from {prev_lead.name}, whose notes still <filled/fill> the second drawer of the desk.
{prev_lead.name} <had left/has left> {lead.first} a handover file [forty|thirty-one|fifty-odd|sixty] pages long when the job <changed/changes> hands in {lead_since}. [The last page <said/says>: it will tell you everything. Check anyway.|Most of it <was/is> about the {floor_n} floor rota. The rest <said/says>: check {Ao}, and it will help you check.|Page one <listed/lists> {As} open tickets, starting with {ticket_n}.]
@nc_callback
[It <was/is> not the first time {A} <had stood/has stood> at a door like this|{A} <had/has> stood at a door like this before|There <had been/has been> a door like this once already]. {cap:prev_when} [there <had been/has been> {prev_what}|it <had been/has been> {prev_what}], and [{A} <had brought/has brought> that into the open too|that <had gone/has gone> into ticket {ticket_n}|{lead.first} <had read/has read> about it over breakfast].
{lead.first} <thought/thinks> of {prev_what}, {prev_when}. A different [fault|door|night], and {A} <gave/gives> the same kind of answer.
Anyone who <had been/has been> at {operator} {prev_when} <would recognise/will recognise> what <came/comes> next: {prev_what} then, this now, and {A} [reporting both|writing both down|telling them both times].
[{A} <had/has> been here before, {prev_when}, with {prev_what}.|{cap:prev_when}: {prev_what}. {A} <remembered/remembers> it [exactly|to the minute|line by line].|Something like this <had/has> happened {prev_when}: {prev_what}.] [The second time was no harder.|Practice did not make it easier, or harder.|The report then had gone in as ticket {ticket_n}.|{lead.first} still had that report somewhere on the {floor_n} floor.]
[The file on {prev_what}, {prev_when}, <was/is> still [open|unfiled|in a tray] on the {floor_n} floor|Ticket {ticket_n}, about {prev_what} {prev_when}, <had/has> not even been archived] when the next one <came/comes>.
{cap:prev_when} it <had been/has been> {prev_what}. Nobody at {operator} <was/is> surprised by what {A} <did/does> with the next one.
Once before, {prev_when}, {operator} <had received/has received> a report like the one {A} <was/is> about to write. That one <had concerned/concerned> {prev_what}.
There <was/is> a precedent in the record: {prev_what}, {prev_when}. {A} <did/does> not need to look it up.
Months after {prev_what}, the people at {operator} <had/have> mostly stopped talking about it. This one <would/will> be forgotten [faster|sooner|by the spring], which <was/is> how {A} <would have wanted/would want> it.
@nc_end
{lead.first} <left/leaves> the {floor_n} floor at {shift_time} that night. {A} <had/has> already written up the day, and the write-up <was/is> waiting on the desk screen.
[The last ticket of the week <was/is> {ticket_n}, a routine one.|{ticket_n} <closed/closes> the week: routine.|The week <ended/ends> on ticket {ticket_n}, [a routine one|{first_count} lines of nothing much].] {lead.first} <read/reads> it, <initialled/initials> it, and <went/goes> to find a coat.
At {operator} the {weekday} after <was/is> uneventful. {A} <logged/logs> {first_count} decisions before lunch and <asked/asks> for two of them to be checked.
By {year} the night logs <filled/fill> a shelf on the {floor_n} floor. {lead.first} <added/adds> that week's to the end of the row.
That night {lead.first} <slept/sleeps> properly for the first time in a week. In the morning there <would be/will be> the ordinary work, and {A} <would be/will be> doing it.
{A} <went/goes> back to {asset}. Outside, {home} <carried/carries> on, unaware, which <was/is> how it should be.
{lead.first} <switched/switches> off the desk lamp [and <stood/stands> for a moment in the dark control room|on the {floor_n} floor and <waited/waits> a moment by the lifts], listening to the racks[. There <was/is> nothing to listen for| until {shift_time}|, then <went/goes> home].
By the end of {year} the file on {Ao} <was/is> an inch thicker and no more interesting. {lead.first} <filed/files> it with the others and <went/goes> home.
Nothing else <happened/happens> that season. {A} <did/does> the work, {auditor_org} <came/comes> and <went/goes>, and the record <grew/grows>.
{year} <ended/ends> the way it <had begun/began>, with {A} {charge} and {lead.first} reading the overnight notes over a cold coffee.
The last entry in the log that month <was/is> a routine one. {A} <had written/has written> it at [4:12|3:50|5:05] in the morning, and it <asked/asks>, as usual, to be checked.
{lead.first} <walked/walks> home through {home} [that evening|at {shift_time}|after the late meeting]. [The streetlights <came/come> on one by one, and none of them <needed/needs> anyone's attention|The trams <ran/run> on time|Nothing on the way <needed/needs> {lead.them}].
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
        nar.x.bind(floor_n=r.choice(("second", "third", "fourth", "fifth", "sixth", "eighth", "tenth", "twelfth")),
                   shift_time=r.choice(("", "half past ", "a quarter past ", "ten past ", "twenty to ")) + hour,
                   ticket_n=f"{r.choice('ABCDEFGHKLMNPRSTW')}{r.choice('ABCDEFGHKLMNPRSTW')}-{r.randint(100, 9999)}",
                   first_count=cardinal_words(r.randint(12, 240)))
        nar.nc_prev = None
        return st

    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        st = self._voice(nar)
        head = ""
        prev = getattr(nar, "nc_prev", None)
        if prev is not None and nar.rng.random() < 0.4:
            at(nar, plan.t)
            nar.x.bind(prev_what=prev[0], prev_when=prev[1])
            head = say_v(nar, "nc_callback")
            if nar.repeated:
                head = ""
        text = scene(nar, plan, index, compact, pov=st["pov"], size=self.scene_size(nar, 0.8), head=head)
        nar.kit["kind"] = plan.kind
        nar.nc_prev = (nar.x.expand(f"what_{plan.kind}"), when_phrase(nar, plan.t))
        return text

    def event_text(self, nar: Narrator, ev: Event) -> str:
        self._voice(nar)
        return kit_event(nar, ev)

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
        recap = [say_v(nar, "nc_recall")]
        lead = w.person("operator_lead", t0)
        holders = w.roles["operator_lead"]
        i = holders.index(lead)
        if i > 0 and r.random() < 0.7:
            nar.x.bind(prev_lead=holders[i - 1], lead_since=str(w.year(lead.start)))
            recap.append(say_v(nar, "nc_recall_prev"))
        elif r.random() < 0.6:
            recap.append(say_v(nar, "nc_recall"))
        at(nar, w.horizon)
        ending = " ".join(dict.fromkeys(say_v(nar, "nc_end") for _ in range(r.choice((1, 1, 2)))))
        return {"recap": " ".join(recap), "ending": ending, "number": st["chapter"]}

    def context(self, draft: Draft, nar: Narrator) -> dict[str, Any]:
        ctx = super().context(draft, nar)
        ctx["blocks"] = blocks(draft.beats)
        return ctx
