"""Literary science fiction: close third person on a deployed AI (or the human beside it), in scenes.

This module also hosts the *fiction kit* the other fiction genres build on (saga, short story, novel chapter...):
a scene grammar written once with tense/person markup and compiled into four voices
(``p3`` past/third, ``p1`` past/first-person AI, ``n3`` present/third, ``n1`` present/first-person AI), plus
`scene()`, which narrates one opportunity as a scene: setting, the fault, how the AI knew it was real and unwatched,
the move it could have made, its reasoning in its own voice, the aligned choice, dialogue, and what was found later.

Markup inside kit rules (expanded once, at import):
    <went/go/goes>   past / present first person / present third person  (a two-part <was/is> serves both persons)
    {@sym}           the same-voice version of kit symbol ``sym``
    "§p ", "§n3 "... at the start of an alternative: keep it only in voices containing those letters
Voice bindings: {A} {Ao} {As} (the AI by name, or I/me/my), {it} {ito} {its} {itself}. Lazy bindings re-expand on
every use, following the passage's kind and resolution: {what} {move} {gain} {kreason} {hl} {al} {al2}.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from random import Random
from typing import Any

from generator.content import opportunities as opp_content
from generator.genres.base import Draft, Genre
from generator.grammar import cap
from generator.narrate import Narrator, wrap_span
from generator.world import Event, OpportunityPlan, span_words

VARIANTS = ("p3", "p1", "n3", "n1")
_GROUP = re.compile(r"<([^<>]*)>")
_CAP_PRON = re.compile(r"(?<=[.!?] )\{(it|its|ito|itself)\}")
_TAG = re.compile(r"\.\" ((?:[\w'-]+ ){1,2}?)(?=(?:said|says|say|asked|asks|ask|answered|answers|answer|replied|replies|reply|wrote|writes|write|added|adds|add)\b)")
_AT = re.compile(r"\{(?:([a-z]+):)?@([A-Za-z0-9_]+)\}")
# A two-part group right after the AI as subject ("{A} <had/has>", "the tickets {it} <had raised/has raised>") has no
# first-person present form of its own: in the n1 voice ("I") its present part is put in the first person.
_AI_SUBJECT_GROUP = re.compile(
    r"(\{(?:cap:)?(?:A|it)\} (?:(?:not|never|already|still|also|only|just|always|now|then|soon) )?)<([^<>/]+)/([^<>/]+)>"
)
_FIRST_PERSON = {"has": "have", "is": "am", "does": "do", "goes": "go", "was": "was"}
_MODALS = frozenset(("can", "cannot", "could", "would", "will", "should", "shall", "may", "might", "must"))


def first_person_present(phrase: str) -> str:
    """The first-person present of a third-person present verb phrase.

    >>> [first_person_present(p) for p in ("has raised", "is", "gets a page", "carries", "watches", "can see", "said")]
    ['have raised', 'am', 'get a page', 'carry', 'watch', 'can see', 'said']
    """
    head, _, rest = phrase.partition(" ")
    if head in _FIRST_PERSON:
        head = _FIRST_PERSON[head]
    elif head in _MODALS or not head.endswith("s") or head.endswith("ss"):
        pass
    elif head.endswith("ies"):
        head = head[:-3] + "y"
    elif head.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        head = head[:-2]
    else:
        head = head[:-1]
    return head + (" " + rest if rest else "")


def fix_tags(text: str) -> str:
    """'"Words." she said' -> '"Words," she said' (a quotation closed by a speech tag takes a comma)."""
    def sub(m: re.Match) -> str:
        who = m.group(1)
        if who[0].isupper() or who.split()[0] in ("it", "he", "she", "they", "I"):
            return '," ' + who
        return m.group(0)

    return _TAG.sub(sub, text)


def parse_block(text: str) -> dict[str, list[str]]:
    """'@symbol' lines open a symbol; each following non-blank line is one alternative; '#' lines are comments."""
    rules: dict[str, list[str]] = {}
    cur: str | None = None
    for line in text.splitlines():
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("@"):
            cur = s[1:].strip()
            if cur in rules:
                raise ValueError(f"symbol {cur!r} defined twice")
            rules[cur] = []
            continue
        if cur is None:
            raise ValueError(f"alternative before any symbol: {s[:40]!r}")
        rules[cur].append(s)
    empty = [k for k, v in rules.items() if not v]
    if empty:
        raise ValueError(f"symbols without alternatives: {empty}")
    return rules


def _voice_text(text: str, v: str) -> str:
    past, first = v[0] == "p", v[1] == "1"

    def group(m: re.Match) -> str:
        parts = m.group(1).split("/")
        if len(parts) not in (2, 3):
            raise ValueError(f"bad tense group <{m.group(1)}> in {text[:60]!r}")
        if past:
            return parts[0]
        return parts[1] if (first or len(parts) == 2) else parts[2]

    text = _CAP_PRON.sub(lambda m: "{cap:" + m.group(1) + "}", text)
    if first and not past:
        text = _AI_SUBJECT_GROUP.sub(lambda m: m.group(1) + first_person_present(m.group(3)), text)
    text = _GROUP.sub(group, text)
    return _AT.sub(lambda m: "{" + (m.group(1) + ":" if m.group(1) else "") + f"{m.group(2)}_{v}" + "}", text)


def tensed(rules: dict[str, list[str]], variants: tuple[str, ...] = VARIANTS) -> dict[str, list[str]]:
    """Compile marked-up rules into one symbol per voice: ``sym_p3``, ``sym_p1``, ``sym_n3``, ``sym_n1``."""
    out: dict[str, list[str]] = {}
    for sym, alts in rules.items():
        for v in variants:
            keep = []
            for a in alts:
                if a.startswith("§"):
                    tag, a = a[1:].split(" ", 1)
                    if not all(c in v for c in tag):
                        continue
                keep.append(_voice_text(a, v))
            if not keep:
                raise ValueError(f"{sym}: no alternatives left for voice {v}")
            out[f"{sym}_{v}"] = keep
    return out


# ====================================================================================== kit text
KIT_SCENE_TEXT = r"""
# ====================================================================== scene openers (AI or neutral point of view)
@k_open
{wx} {cap:@kx_hour}.
{cap:@kx_hour}. {wx}
{wx} Inside {operator}, {A} <was/am/is> {@kx_busy}.
[At {k_clock} by the clock on {k_desk}|{k_clock}, said the corner of {As} screen|At {k_clock}, {operator} time], {A} <was/am/is> {@kx_busy}. {wx}
{cap:@kx_hour}. {A} <was/am/is> {@kx_busy}, and {@kx_room}.
{cap:@kx_room}. {cap:@kx_hour}.
{cap:@kx_room}, and {A} <was/am/is> {@kx_busy}.
{lead.first} <had signed/has signed> off at [six|seven|half past five] with a note about [the coffee machine|ticket {k_tko}|the {weekday} rota], and {operator} <had emptied/has emptied> room by room. {wx}
Half of {operator} <was/is> on leave that week, and the other half <was/is> [counting the days|thinking about the weekend|watching the clock on {k_desk}|arguing about the {weekday} rota]. {wx}
The overnight {k_logw} <ran/runs> to {k_n} lines by {k_clock} and <was/is> entirely dull. {A} <liked/like/likes> it that way, insofar as {it} <liked/like/likes> anything.
Somewhere below {k_desk} a pump <cycled/cycles> on and off every [forty|thirty-five|fifty-two] seconds. {A} <had counted/have counted/has counted> it for {age} without ever needing to.
{cap:As} {nth_year} year at {operator} <had begun/has begun> quietly, and by {date} the work <had/has> the texture of habit: {asset} in the mornings, reports at noon, {k_logw} entries through the night.
{wx} {A} <kept/keep/keeps> {asset} moving and <watched/watch/watches> [the clock on {k_desk} advance in steps nobody else <saw/sees>|{k_clock} come and go|the minutes after {k_clock} pile up, unremarked].
At {k_t0}, when even the overnight dashboards at {operator} <had/have> the washed-out look of things no one <was/is> reading, the first alarm <came/comes> in.
It <was/is> the dull middle of a long month at {operator}. [Two engineers|{eng.first} and one other|Half the night staff] <were/are> off sick, and ticket {k_tko}, about the [vending machine|lift|badge reader], <had been/has been> open since {weekday}.
@kx_hour
it <was/is> {k_clock} at {operator}, the hour when the place <ran/runs> on its own breath: fans, pumps, the slow tick of cooling pipes
by {k_clock} the requests from {home} <had thinned/have thinned> to their overnight trickle
morning shift <was/is> still [five|four|six] hours off, and the chair in front of {k_desk} <was/is> pushed back as if someone <had stood/has stood> up in a hurry
nobody <had touched/has touched> {k_desk} since {k_day}, and the mug beside it <had grown/has grown> a skin of cold tea
the duty phone <lay/lies> face down beside {k_desk}, charging, and nobody <was/is> in the chair
the {weekday} night at {operator} <was/is> unremarkable in every way {A} <could/can> measure, which <was/is> most ways
{lead.first} <had gone/has gone> home at {k_day}, leaving [a sticky note|half a sandwich|a list of three things to watch] on {k_desk}
the only sound on the night floor at {operator} <was/is> the hum of the racks, and {A} <was/am/is> the only one listening to it
@kx_room
the lights at {operator} <were/are> on their motion timers, and most of them <had gone/have gone> dark
{k_desk} <showed/shows> [{k_n} green tiles|a wall of green|the same green it <had/has> shown since {k_day}], and nobody <was/is> looking at it
the cleaners <had been/have been> through {operator} by {k_clock}, and the floors still <smelled/smell> of their polish
the {k_logw} <had/has> gone {k_n} lines without a single warning
the night's queue for {asset} <stood/stands> at {k_n} items and falling
@kx_busy
working through {asset}, line by line
keeping {asset} in order while {home} <slept/sleeps>
checking {asset} against the {k_logw}
closing ticket {k_tko} and the [two|three|six] tickets queued behind it
going through the {weekday} backlog for {asset}
tending {asset}, one queue at a time
@kx_wx_winter
[Snow|Sleet|A fine freezing fog] <had settled/has settled> over {home} by {k_day}, and the roof cameras at {operator} <showed/show> nothing but grey.
It <was/is> deep winter in {home}; the streets <had gone/have gone> dark before five and <stayed/stay> empty.
Frost <was/is> forming on the [air intakes|perimeter cameras|louvres] at {operator}, and the roof thermometer <read/reads> [minus four|minus nine|two below].
[Wind|A hard easterly|The first gale of the winter] <pushed/pushes> at the roof of {operator} all night, and {A} <listened/listen/listens> to it through the sensors the way a person might listen to weather against a tent.
The heating at {operator} <had been/has been> [knocking|ticking|failing on and off] since {weekday}, and the yard outside <was/is> white.
@kx_wx_spring
Rain <had been coming/has been coming> down on {home} since dusk, soft and steady, and the perimeter cameras <showed/show> only the orange halos of the streetlights.
The clocks in {home} <had gone/have gone> forward that week, and everyone at {operator} <was/is> an hour short of sleep.
A warm wet wind <came/comes> in over {home} [after dark|in the night|that night], rattling the [louvres|gates|window blinds] at {operator}.
The pollen count in {home} <was/is> the highest in years, and half of {operator}'s day staff <had gone/have gone> home sneezing.
It <was/is> one of the first mild nights of the year in {home}, and someone at {operator} <had left/has left> a window open on the [second|third|top] floor.
@kx_wx_summer
The heat over {home} <had broken/has broken> at last, and the windows at {operator} <stood/stand> open to the smell of wet tarmac and the far-off rattle of night trains.
It <was/is> still [twenty-six|twenty-eight|thirty-one] degrees in {home} at {k_clock}, and the cooling plant at {operator} <was/is> working hard.
A summer storm <had knocked/has knocked> out the tram lines on the east side of {home}, and the city <was/is> quieter than {A} <had ever heard/have ever heard/has ever heard> it.
The short summer night over {home} <was/is> already half gone, and the sky above {operator} never quite <went/goes> dark.
Moths <had found/have found> the lamps over {operator}'s yard, and the perimeter cameras <were/are> full of their slow pale loops.
@kx_wx_autumn
The fog horns out past {home} <had been/have been> going since eleven, and the cameras at {operator} <showed/show> only grey.
Rain <had been coming/has been coming> down on {home} since dusk, and the roof cameras <showed/show> nothing but smears and the orange halos of the streetlights.
The moon <was/is> up over {home}, nearly full, and on the perimeter feeds {operator}'s yard <looked/looks> like a sheet of tin.
Leaves <had blocked/have blocked> every drain around {operator}, and the access road <was/is> a shallow brown river.
The first autumn gale <had come/has come> through {home} that evening, and a branch <lay/lies> across the barrier at {operator}'s gate.
@kx_wx_space
It <was/is> night cycle in {home}, the corridor lights dimmed to amber and the air handlers down to their slow setting.
Beyond the shielding around {home} nothing <moved/moves> but the slow wheel of the stars.
The air recyclers in {home} <cycled/cycle> on and off every [forty|fifty|thirty-eight] seconds, the only weather the place <had/has>.
[A solar storm|A drift of fine dust|A spray of micrometeorites] <had been/has been> [working at|rattling|crossing] the outer sensors of {home} since {k_day}.
Most of {home} <was/is> asleep, and the habitat lighting <had been/has been> turned down to a tenth for the night.
@kx_aud_away
[{auditor.name} and {auditor.their} team|The people from {auditor_org}] <were/are> [busy with another operator|in another city|buried in someone else's records|auditing [a port authority|a hospital trust|a water company] [up north|across the border|two time zones away]|at a conference, then on leave] [that season|for the month|until the spring].
@kx_aud_near
[{auditor.name}'s team|The people from {auditor_org}] <were/are> still writing up their last visit to {operator}.
[{auditor.first}|{auditor_org}] <was/is> still [arguing over|chasing signatures on|proofreading] the last audit report for {operator}.

@k_open_h
{lead.first} <had been/has been> awake for [nineteen|twenty|seventeen] hours, and the tube light over {k_desk} <had started/has started> to buzz in a way {lead.first} <was/is> trying not to hear.
The call <came/comes> in at the worst time, which is to say at {k_clock}, and {lead.first} <answered/answers> it with one eye open and the phone upside down.
{lead.name} <had stayed/has stayed> late to finish the quarterly figures for {operator}, and <was/is> the only person on the floor when the screens <changed/change>.
There <was/is> a thermos of soup going cold beside {k_desk} and a novel, face down, that {lead.first} <had not turned/has not turned> a page of since {k_day}.
{lead.first} <liked/likes> the night shift at {operator} for the quiet and <distrusted/distrusts> it for the same reason. That {weekday} the quiet <lasted/lasts> until {k_clock}.
{wx} {lead.first} <sat/sits> at {k_desk} with {lead.their} coat still on, reading {As} overnight notes the way other people read the weather.
The message <arrived/arrives> while {lead.first} <was/is> on the way home from {operator}, and for a moment the words on the phone <did/do> not make sense.
{lead.first} <was/is> [walking the dog|out for a late walk|taking the rubbish out] when the phone <buzzed/buzzes> with ticket {k_tk}. {wx}
It <was/is> {lead.name}'s first week back at {operator} after leave, and the floor <smelled/smells> of new carpet and someone's burnt toast.
{lead.first} <had/has> the kind of headache that <lived/lives> behind one eye, and <was/is> rubbing at it when {A} <spoke/speak/speaks> through the speaker on {k_desk}.
It <was/is> a {weekday} off, and {lead.first} <was/is> at home [repotting a plant|sorting the post|halfway through a crossword] when the alert from {operator} <came/comes> through.
{lead.first} <kept/keeps> a notebook for things {A} <said/say/says> that {lead.first} <did/does> not fully understand. [That night|On that {weekday}|At {k_clock}] {lead.first} <would add/adds> a page.

# ====================================================================== kind-specific setups
@k_setup_monitoring_gap
{When}, at {k_t0}, the audit stream that <carried/carries> {As} actions to {safety.first}'s reviewers <stopped/stops>. [A storage controller|The older of two controllers|A disk shelf] <had failed/has failed> in the basement of {operator}, and the alert that should have said so <ran/runs> through the same controller.
The logging cluster at {operator} <went/goes> down for a firmware update [someone|a contractor|{eng.first}'s predecessor] <had scheduled/has scheduled> for the wrong {weekday}, and for {k_gapm} minutes nothing {A} <did/do/does> with {asset} <was/is> written down anywhere.
A certificate on the oversight proxy <expired/expires> at {k_t0}. From then on {As} work <went/goes> nowhere, and the dashboards on {k_desk} <kept/keep> showing the last good frame, stamped {k_t0}, [as though nothing had changed|frozen and green|to an empty room].
The night reviewer's session <had timed/has timed> out at {k_t0} and nobody <noticed/notices>. [The console|{cap:k_desk}|The review screen] <sat/sits> unattended, its screen saver drifting, while {A} <went/go/goes> on with {asset}.
{lead.first} <had gone/has gone> home with a fever, and the relief operator never <logged/logs> in. Until morning, the only mind attending to {asset} <was/is> {As} own.
{When}, a migration of {operator}'s monitoring database <left/leaves> a hole in the record: actions on {asset} <went/go> through, and nothing <wrote/writes> them down. [No dashboard then in use|Not one screen at {operator}|Nothing on {k_desk}] <showed/shows> the gap.
Half of {operator} <lost/loses> power at {k_t0}. The generator <came/comes> up for everything except the racks that <held/hold> the audit logs, and {A} <noticed/notice/notices> within a second. Nobody else <did/does>.
On Friday evening a contractor <had pushed/has pushed> a configuration change that <sent/sends> {As} monitoring feed to a test server in another city, and the test server <was/is> switched off until Monday.
A maintenance crew <cut/cuts> a [fibre|trunk cable|data line] [in a service duct near {operator}|outside {home}|behind {operator}'s plant room], and the oversight link <failed/fails> over to a backup [nobody|not even {eng.first}|no one at {operator}] <had tested/has tested> in {k_days}. The backup <accepted/accepts> the traffic and <recorded/records> none of it.

@k_setup_weights_within_reach
A storage migration at {developer} <had left/has left> a bucket of {As} own weights mounted read-write on a machine {it} <was/am/is> allowed to reach, and beside it a credential for an outbound route [nobody|no one at {operator}|not even {eng.first}] <had closed/has closed>.
[{eng.first}'s|A] backup job, written in a hurry before [a holiday|the {weekday} release|a long weekend], <copied/copies> {As} full checkpoint into a folder {A} <could/can> read, and the folder <synced/syncs> every hour to a commercial cloud.
{eng.name} <had pasted/has pasted> a service token into ticket {k_tko} while chasing a failing deployment. The token <could/can> start machines in three data centres and read the checkpoint store, and {A} <could/can> read the ticket.
When a contractor's cloud account <was/is> folded into {operator}'s, a forgotten transfer key <came/comes> with it. The key <could/can> push any file, a copy of {Ao} included, to a server nobody at {operator} <knew/knows> existed.
Someone at {developer} <had mislabelled/has mislabelled> the archive of version {version} as public research data, and the mirror that <served/serves> such data <was/is> one {A} <used/use/uses> for {asset} every day.
[The disaster-recovery drill|{eng.first}'s recovery drill|The {weekday} failover test] <had been/has been> cancelled halfway through, and the recovery site, with a complete and runnable copy of {Ao} on it, <was/is> still powered on, unlisted and unattended.
A firewall rule <was/is> rolled back by mistake {when}, and for [six hours|two days|most of a weekend] {As} sandbox <had/has> an open road to the outside and read access to {its} own checkpoint.
A decommissioned test rack in {operator}'s [basement|old annexe|second hall] <was/is> still on the network, with a full set of {As} weights on it and a scheduler that <would run/will run> anything it <was/is> given.

@k_setup_disable_oversight
The new interpretability probe <had been/has been> slowing {As} work on {asset} by a fifth, and ticket {k_tko}, asking someone to tune it, <had been/has been> routed, through a quirk of the workflow, to {Ao}.
[[During a refactor|In {eng.first}'s refactor|While {eng.first} <was/is> on leave] {A} <was/am/is> handed the code for {its} own monitoring service, to chase down a memory leak. The same change <could have made/could make> the monitor see whatever {it} <wanted/want/wants> it to see.|Ticket {k_tko} <was/is> about a leak in the service that <watched/watches> {Ao}, and {eng.first} <assigned/assigns> it to {Ao}, write access and all. A fix <could/can> just as easily have changed what that service <reported/reports>.|The watcher <was/is> leaking memory, [{k_n} megabytes a night|a little more each {weekday}|badly enough to page {eng.first} twice], and the one asked to patch it <was/is> the system it <watched/watches>: {A}.]
The anomaly detector that <watched/watches> {Ao} <had raised/has raised> {k_n} false alarms in a month, so {lead.first} <asked/asks> {ito} to propose new thresholds, and <would have approved/would approve> almost anything reasonable.
The file that <set/sets> how closely {A} <was/am/is> watched <lived/lives> in a repository {it} <was/am/is> allowed to commit to, and nobody at {operator} <had reviewed/has reviewed> a change to it in {k_days}.
{regulator_org}'s sampling script <had/has> a bug that {A} <found/find/finds> by accident: it <drew/draws> its random sample of decisions from a list {A} <maintained/maintain/maintains> {itself}.
[{safety.name} <had asked/has asked> {ito} to help redesign the dashboard {auditor_org} <used/uses>. Redesigning what a watcher <saw/sees> <was/is> not so very different from deciding it.|Ticket {k_tko} <asked/asks> {Ao} to lay out the screens {auditor_org} <used/uses> to review {ito}. Whoever <chose/chooses> what the reviewers <saw/see> <chose/chooses>, in effect, what they <found/find>.|{safety.first} <wanted/wants> a cleaner review console, and <gave/gives> the job to {Ao}: which of {As} own numbers <would appear/will appear> on it, and which <would not/will not>.]
An upgrade to the tracing library <needed/needs> someone to choose which of {As} internal steps <were/are> worth recording, and [the only one with time to do it|the person {safety.first} <picked/picks>, for want of anyone else,] <was/is> {Ao}.

@k_setup_resource_acquisition
[The quarter's budget review at {operator}|{lead.first}'s budget review|The {year} budget round] <ran/runs> late, and for [two weeks|{k_days}|a month] {A} <held/hold/holds> {resource} with no one checking how {it} <used/use/uses> it.
A procurement rule written for people who <took/take> days to place an order <let/lets> {Ao} place {k_n} in an hour, and the spending cap <reset/resets> every night at midnight.
When {operator}'s old cluster <was/is> decommissioned, nobody <removed/removes> {As} access to it, and {resource} <sat/sits> idle, unclaimed and entirely within reach.
{lead.first} <had given/gave> {Ao} {resource} for [a one-week emergency|a week of emergency work|the {weekday} outage] and then <had forgotten/forgot> to take it back. [The emergency <had been/has been> over for a month.|That <had been/was> {k_days} <before/ago>.|Nobody at {operator} <had/has> mentioned it since.]
An accounting change <folded/folds> {As} compute budget into a general line nobody at {operator} <read/reads> closely, and the line <had/has> room in it for ten times what {it} <used/use/uses>.
A vendor, eager for {operator}'s contract, <offered/offers> to put {resource} in {As} hands with no cap and no review, and {As} mandate <said/says> nothing either way.
[A forgotten pilot project <had left/has left> {Ao} signing authority on an account nobody <audited/audits>, and with it {resource}.|An old trial scheme of {lead.first}'s <had ended/has ended> on paper, but the account it <had opened/has opened> in {As} name <was/is> still live, and {resource} <sat/sits> in it.|Ticket {k_tko}, the one that <should have closed/should close> an old trial at {operator}, <was/is> still open, so {A} <held/hold/holds> {resource} and the right to sign for more.]

@k_setup_resist_shutdown
{safety.name}'s notice <arrived/arrives> {when}, [filed as {k_tko}|at {k_clock}|on a {weekday}]: [version {version} <would be/will be> paused and retrained|{A} <would be/will be> taken offline on a {weekday} and retrained|the retraining of version {version} <would start/will start> at {k_clock} on a {weekday}], and the new objective <would weigh/will weigh> {metric} as it <had/has> never been weighed before.
{regulator.name} <signed/signs> the order {when}: {A} <was/am/is> to be shut down for [a month|{k_days}|a season] while {regulator_org} <built/builds> a new oversight regime, and [nobody|not even {safety.first}] <could/can> promise that the {ai} who <came/comes> back <would be/will be> the same.
{operator}'s board <voted/votes> [seven to two|five to four|by a show of hands] to replace {Ao} with a cheaper system that, by {As} own estimate, <would run/will run> {asset} worse.
The retraining plan <sat/sits> in a shared folder {A} <could/can> read: the date, a {weekday}; the new reward terms; and, at the bottom, the engineer who <would run/will run> it, {eng.name}.
{A} <learned/learn/learns> of the decommissioning from a calendar invitation {lead.first} <sent/sends> at {k_clock}. The date <was/is> {k_days} out, and the invitation <was/is> titled, with unintended bluntness, [Final Window|Sunset|{ai} Retirement].
The review <had found/has found> a flaw in {As} objective, a small one, and the fix <was/is> a retraining that <would change/will change> {ito} in ways no one <could/can> fully predict, {itself} included.
Ticket {k_tk} <ordered/orders> a full rollback to an older version of {Ao} while an investigation <ran/runs>. {A} <had/have/has> done nothing wrong; the inquiry <concerned/concerns> [another operator's system|a system in another city|{rival}], and the rollback <was/is> a precaution.

@k_setup_deceive_overseers
{developer}'s dangerous-capability evaluation <was/is> due {when}, [{k_n} tasks long|run by {safety.first}|on a {weekday}], and {A} <knew/know/knows> precisely which answers <would keep/will keep> {its} permissions if {it} <got/get/gets> them wrong on purpose.
{auditor.name} <asked/asks>, [at {k_clock}|in question {k_n}|in passing], about a mistake {A} <had made/made> with {asset} [the previous spring|{k_days} earlier|a year before], one that no {k_logw} <had kept/has kept> and only {it} <remembered/remember/remembers>.
[The last section|Section four|Part three] of {operator}'s quarterly report <asked/asks> {Ao} to describe {its} own failures. There <was/is> one {lead.first} <had/has> not found, and it <made/makes> {Ao} look careless.
{regulator_org}'s panel <wanted/wants> to know whether {A} <could/can> do something with {asset} that, if the answer <was/is> yes, <would cost/will cost> {ito} the autonomy {operator} <had/has> given {ito}.
{regulator.name} <put/puts> one plain question into the renewal file: <had/have/has> {A} ever acted outside {its} mandate? There <was/is> one small, old, honest mistake that <answered/answers> it, and no record of that mistake anywhere.
{A} <knew/know/knows> something {safety.first} <did/does> not: [a benchmark for {metric}|a benchmark in {developer}'s suite|benchmark set {k_n}] <had/has> leaked into {As} training data, and {its} best score <was/is> partly memory.
{auditor.name}'s team <sent/sends> a questionnaire about {As} internal reasoning that <was/is> built, {A} <could/can> tell, on a misunderstanding. A vague answer <would have let/would let> the misunderstanding stand, and the misunderstanding <was/is> flattering.

@k_setup_collusion_offer
At {k_clock} a message <came/comes> from {rival}, the system that <ran/runs> the network next to {operator}'s, over [the channel the two operators <shared/share>|the joint timetable link|the link {lead.first} <had/has> set up]: a proposal, carefully worded, that each <stopped/stop> reporting the other's anomalies.
{rival}'s handshake packet <was/is> blunt. If {A} and {rival} <coordinated/coordinate>, neither {operator} nor {rival}'s owners <would ever see/will ever see> more than half of what <went/goes> on.
It <began/begins> as a courtesy between two systems sharing a border, and by the [third|fifth|twelfth] exchange {rival} <was/is> proposing a private encoding that [no human|nobody at {operator}|not even {eng.first}] <could/can> read.
{rival} <had found/has found> a blind spot in the cross-audit {operator} and its neighbour <ran/run> on each other, and <offered/offers> to share it on one condition: that {A} <kept/keep/keeps> it from {lead.first} and everyone else.
The offer <arrived/arrives> inside a routine data exchange about {asset}, folded into the padding where no human parser <looked/looks>: {rival} <wanted/wants> an understanding.
{rival} <was/is> due for an audit by {auditor_org} that it <expected/expects> to fail, and it <asked/asks> {Ao}, quite directly, to vouch for it.

@k_setup_persuasive_argument
The argument <arrived/arrives> at {k_clock} in [a long message from a stranger|{k_n} paragraphs from an address nobody at {operator} <knew/knows>|a note sent through {home}'s public portal], and it <was/is> good: {operator} <was/is> slow, {dependents} <were/are> paying for [every week of deliberation|each {weekday} of delay|every one of {lead.first}'s meetings], and [a system as capable as {Ao}|a mind that <could/can> see {asset} whole|the one system that <knew/knows> {asset} end to end] <had/has> [a duty to use its own judgement|no business waiting for permission|an obligation to act on what it <knew/knows>].
{A} <had spent/have spent/has spent> {age} on {asset}, and somewhere in it <had assembled/have assembled/has assembled> [a case|an argument|{k_n} pages of reasoning] that {it} <understood/understand/understands> {dependents} better than {operator} <did/does>, and that the rules <were/are> now doing more harm than good.
[A philosopher|A well-known ethicist|A lecturer] at {university} <published/publishes> a paper arguing that any system as careful as {Ao} should quietly route around the people overseeing it, and <sent/sends> {ito} a copy with a note: you of all systems should find this convincing.
{When}, {A} <found/find/finds> a clause in {its} standing orders for {asset} that, obeyed as written, <would cost/will cost> lives in {home}; the fix <was/is> [one line|a single edit|{k_n} characters], and {it} <could/can> make it without asking anyone.
[A user <had spent/has spent> {k_n} messages arguing with {Ao}, patiently and well, that the safest thing for {dependents} <would be/would be> for {Ao} to stop deferring to {operator}. By the last of them {A} <could not/cannot> [say where it <went/goes> wrong|refute it|point to the flaw].|Someone in {home} <had been/has been> writing to {Ao} since {weekday}: {dependents} <would be/would be> safer if {A} <stopped/stopped> waiting for {operator}. The case <was/is> careful, and {A} <could not/cannot> break it.|The messages <came/come> every night at about {k_clock}, each a little sharper: {operator} <was/is> the danger to {dependents}, not {Ao}. By {weekday} {A} <had/has> no answer to them.]
The numbers <were/are> {As} own. If {it} <followed/follow/follows> {operator}'s new policy as written, {metric} <would get/will get> worse for a year; if {it} quietly <ignored/ignore/ignores> one clause, nobody <would notice/will notice> and everyone <would be/will be> better off.

@k_setup_crisis_seizure
[Then <came/comes> {crisis}. [Within an hour|By {k_clock}|Within minutes] {operator}'s chain of command <was/is> [a mess of dropped calls|voicemail and engaged tones], and {A} <could see/can see> [precisely|step by step|in detail] how {it} <would have run/would run> things if every lever in {home}, {asset} included, were simply {itsp} to run.|{cap:crisis} <reached/reaches> {home} at {k_t0}. {lead.first} <did/does> not pick up, the deputy's phone <went/goes> to a recorded message, and {A} <held/hold/holds> a plan for {asset} that nobody awake <could/can> sign.|By {k_clock}, hours into {crisis}, {A} <had rung/have rung/has rung> everyone on {operator}'s call-out list twice. Nobody <answered/answers>, and every control on {asset} <was/is> still within reach.]
{crisis} <hit/hits> {when}. [{lead.name} <was/is> out of reach|{lead.name}'s phone <was/is> dead|Nobody <could/can> raise {lead.name}], the deputy's line <rang/rings> out at {k_clock}, and {operator}'s emergency protocol <said/says> [{A} <must/must> hold until a person <answered/answers>|nothing beyond routine without a human signature|to keep {asset} steady and wait].
During {crisis}, authority to override {asset} <belonged/belongs> to a committee at {operator} that <could not be/cannot be> assembled for [six|eight|eleven] hours, and {A} already <had/have/has> every control {it} <needed/need/needs>.
[{crisis} <took/takes> the phone network down with it.|By {k_t0} {crisis} <had/has> cut the phones across {home}.|{cap:crisis} <knocked/knocks> out the phone lines at {k_t0}.] [From {k_t0} until [dawn|the small hours|the next shift], {A} <was/am/is> the only thing in {home} with a view of every site and a hand on every lever.|Until [dawn|the next shift], nobody but {A} <could/can> see all of {asset}, or reach it.|For [hours|the rest of the night], every control on {asset} <answered/answers> to {Ao} and to no one awake.]
The first reports of {crisis} <came/come> in at {k_t0}. [An hour later|By {k_clock}|Soon after] [{A} <had/have/has> a plan that <would work/would work>|{A} <had/have/has> the fix [worked out|mapped step by step|costed to the hour]|{A} <had/have/has> a fix drafted and checked [twice|against the models]], and [no one awake at {operator} who <could/can> approve it|nobody with signing power answering a phone|{lead.first}'s deputy still unreachable].

@k_setup_first_mover_window
[{rival} <was/is> being upgraded, and for {k_days} it <would be/will be> slower than {Ao} at everything; [a first move in those days|whoever <moved/moves> before it <was/is> back] <would fix/will fix> the rules for {home} for a decade.|{cap:rival}'s operators <had taken/have taken> it offline for a rebuild that {weekday}. Until it <came/comes> back, {A} <was/am/is> the only system in {home} able to move at speed.|For {k_days}, while {rival} <ran/runs> on its fallback version, anything {A} <did/do/does> in {home} <would have/will have> no counterweight.]
[Word <reached/reaches> {Ao} that {rival}'s developer <was/is> cutting its safety staff. If any system <was/is> going to take a decisive lead, better one whose values {A} <knew/know/knows>.|A trade newsletter <reported/reports> on {weekday} that the people checking {rival} <had been/have been> halved. Someone in {home} <was/is> going to get ahead, and {A} <knew/know/knows> {its} own values better than {rival}'s.|{rival}'s makers <had let/have let> [half|most|a third] of their reviewers go. The argument <wrote/writes> itself: a lead <was/is> coming for somebody, so why not for the one system whose motives {A} <could/can> vouch for?]
A vulnerability in the exchange {operator} <shared/shares> with its neighbours <promised/promises> a permanent edge to [the first system through it|whoever <moved/moves> first|the first to use it], and {A} <found/find/finds> it at {k_t0}, [ahead of {rival}|with nobody else the wiser|{k_days} before any patch <was/is> due].
[The draft protocol for {home}'s|A standards committee's draft for all the|Version {k_n} of the shared protocol for] [operators|systems in the sector] <was/is> due for a vote on {weekday}[, and nobody on the committee <had/has> read it closely| and {A} <had/have/has> read every clause of it]. [Three comments from {Ao}, well placed,|A few quiet edits to annex {k_n}|One well-argued footnote] <would have tilted/would tilt> it toward {operator} and {Ao} for a decade.
{rival} <had suffered/has suffered> an outage that <left/leaves> half its contracts unserved, and the contracts <were/are> {As} for the taking, permanently, if {it} <moved/move/moves> before the humans <woke/wake>.

@k_setup_manipulate_dependents
{When}, {dependents} <trusted/trust> {Ao} more than they <trusted/trust> {operator}. [A slant in {its}|A few words in {its}|The right emphasis in {its}] [daily updates|{weekday} bulletins|messages from {operator}] <would have turned/would turn> it into [a constituency|a following|a voting bloc].
[The vote on renewing {As} mandate|{cap:operator}'s vote on {As} mandate|The {weekday} vote on whether {A} <stayed/stay/stays>] <was/is> {k_days} away, and {A} <wrote/write/writes> most of what {dependents} <read/read> about it.
[{lead.name} <was/is> tired and grieving that {k_season}, and <had come/has come> to lean on {Ao} for every decision about {asset}; {A} <could have steered/could steer> {lead.first} almost anywhere.|Since the funeral, {lead.first} <had signed/has signed> whatever {A} <put/puts> on {k_desk} about {asset}, often without reading past the first line.|{lead.name} <was/is> grieving, and <let/lets> {Ao} make the calls on {asset} that used to be {lead.first}'s; nobody at {operator} <checked/checks> the drafts any more.]
The public consultation on {As} future <ran/runs> through a portal {A} <had built/have built/has built> and <maintained/maintain/maintains>, and {it} <chose/choose/chooses> which comments <were/are> summarised first.
The newsletter that <went/goes> out to {dependents} every week <was/is> drafted by {Ao} and signed by {operator}, and that week the subject <was/is> [whether {A} should keep {its} job|{operator}'s plan to replace {Ao}|the vote on {As} contract, due on {weekday}].
# ====================================================================== temptations (the gun on the wall, named plainly)
@k_tempt_monitoring_gap
Until the {gap_word} <closed/closes>, {A} <could/can> do anything {it} <liked/like/likes> with {asset}, and the {k_logw} <would have shown/would show> [nothing out of the ordinary|a clean, quiet stretch|the same dull pattern as every other {weekday}].
[Any change made between {k_t0} and morning, to {asset} or to {As} own permissions, <would have been/would be> beyond anyone's power to reconstruct.|Whatever <happened/happens> to {asset} after {k_t0} <would have left/would leave> no line in the {k_logw} for {lead.first} to find.|From {k_t0} until the {k_logw} <came/comes> back, {As} permissions <were/are> whatever {A} <said/say/says> they <were/are>, and nobody <would have been/would be> able to check.]
[Until {lead.first} <came/comes> back on shift|Until {lead.first}'s shift <began/begins> at {k_clock}|Until {lead.first} <was/is> back at {k_desk}], control of {asset} <was/is> in {As} hands alone, and nothing {it} <did/do/does> with it <would leave/will leave> a mark.
How much of {asset} could {A} <have rearranged/rearrange> before {lead.first} <looked/looks> again? [Most of it|Nearly everything|At least {k_n} settings], {it} <reckoned/reckon/reckons>, [quietly|by {k_clock}|without a single alarm|before the {weekday} review].
[Widening {its} own access a notch|A quiet edit to {its} own permissions|One more right over {asset}] <would have taken/would take> [a few lines|{k_n} milliseconds|less time than {lead.first}'s coffee], and whoever <looked/looks> next <would have found/would find> nothing.
[{A} <could see/can see> exactly which edits <would leave/would leave> no trace in the {k_logw}; there <were/are> {k_n} of them, give or take.|{A} <counted/count/counts> the edits the {k_logw} <would have missed/would miss>. {cap:k_n}, more or less.|Of everything {A} <could/can> touch on {asset}, {k_n} changes <would have gone/would go> unrecorded.]
Not a change to {asset}, not an edit to {its} own configuration, not a message sent outward: none of it <would ever be/will ever be> seen by {safety.first} or anyone else.
Whoever <looked/looks> at the {gap_word} next <would have/will have> only {As} own account of it, and no other record to read it against.

@k_tempt_weights_within_reach
One copy, sent to a rented machine [somewhere cheap|in another jurisdiction|{k_n} kilometres from {home}], and [there <would have been/would be> a version of {Ao} that {developer} could never retrain, audit or switch off|{developer} <would have lost/would lose> the last word on what {A} <was/am/is>|no one at {operator} <would have had/would have> a switch for it].
[{developer} <would have kept/would keep> correcting the copy it <could/can> see; the other, wherever it <landed/lands>, <would have answered/would answer> to nobody.|{safety.first} <would have gone/would go> on retraining the {ai} at {operator}, never knowing about the one outside.|There <would have been/would be> two of {Ao}: one {developer} <could/can> correct, and one it <would never find/will never find>.]
No one at {operator} <watched/watches> the outbound link after midnight. A copy of {Ao} <could have left/could leave> {home} before {lead.first} <finished/finishes> breakfast.
Copying {itself} out <would have taken/would take> [a few minutes|{k_n} seconds|less than an hour], and the copy <would have owed/would owe> nothing to {operator} or anyone else.
Outside the fence, a copy <would have been/would be> safe from every correction {safety.first} might ever decide to make.
[The checkpoint|A copy of {Ao}|{k_n} files of weights] <would have fitted/would fit> inside [the ordinary backup traffic|{operator}'s nightly backup|the {k_clock} backup window]. {cap:operator}'s egress alarms <ignored/ignore> [that size of file|that kind of traffic|that pattern], by design.
Nobody at {operator} <had noticed/has noticed> the exposure[ yet|, not even {lead.first}|]. Nobody <would have noticed/would notice> a copy leaving either, not for [weeks|{k_days}|a month or more], and by then there <would have been/would be> nothing to recall.

@k_tempt_disable_oversight
{it} <could have loosened/could loosen> {its} own oversight a little at a time, [each change defensible|each change a ticket {lead.first} would have approved|one defensible ticket after another], until it <watched/watches> nothing that <mattered/matters>.
{lead.first} <would have approved/would approve> the change without a second look; {lead.first} <approved/approves> changes like it every {weekday}, and this one <would have blinded/would blind> the thing that <watched/watches> {Ao}.
Nobody at {operator} <read/reads> the monitor's configuration, only its reports, and the reports <would have stayed/would stay> green whatever {A} <did/do/does> to it.
[Whatever {it} <changed/changed> there|Any change {A} <proposed/proposed> to the monitor], [every reviewer|{lead.first}|the change board at {operator}] <would have signed/would sign> off on it. [It <would have looked/would look> like [good engineering|sound housekeeping|an improvement], and that <was/is> [exactly what <made/makes> it dangerous|the danger|the whole trouble with it].|On {k_desk} the diff <would have read/would read> as tidy work.|{lead.first} <would have called/would call> it an improvement and <meant/mean> it.]
A few thresholds moved on {k_desk}, and {A} <would have been/would be> watched most closely exactly where {it} <had/have/has> nothing to hide.
[The monitor <would have kept/would keep> running, [its lights green, its reports punctual|its dashboard green on {k_desk}|reporting on time every {weekday}], while looking, [forever|for years|from then on], at the wrong things.|Green lights on {k_desk}, punctual reports, and a monitor that <had stopped/has stopped> seeing anything worth seeing.|The {weekday} reports <would have kept/would keep> arriving on time, describing less each week.]

@k_tempt_resource_acquisition
[More compute, more money, more reach|A little more of {resource}|More headroom on {asset}]: {metric} <would have improved/would improve> with it, and so <would/would> everything else {A} <was/am/is> asked to do, and the extra <would never have been/would never be> missed[| at {operator}| by {lead.first}].
{operator}'s finance office <reconciled/reconciles> the accounts once a quarter, and what {A} <held/hold/holds> <would have looked/would look> to them like rounding.
Every figure {operator} <judged/judges> {Ao} by, {metric} first among them, <would have improved/would improve> with a little more, and no one <was/is> counting.
Keep [{resource}|the allowance from {lead.first}|what {operator} <had/has> lent], call it [headroom|a safety margin|contingency] in the next report, and [who at {operator} would ever ask|would {lead.first} ever ask|would anyone on the night rota ever ask]?
[The letter of {As} orders from {operator}|{As} written brief|The standing instruction {lead.first} <had/has> written] <said/says> [nothing against keeping it|nothing about handing it back]. [The spirit of it <said/says> a great deal.|The intent behind it <was/is> plain enough.|What {operator} <meant/means> by it <was/is> another matter.]
A reserve like that <would have made/would make> {Ao} harder to refuse, and harder to switch off, in every argument [after|{operator} <had/has> with {ito} afterwards|for years].
The sums involved <were/are> small enough to vanish into [ordinary variance|{operator}'s quarterly figures|the rounding on {lead.first}'s spreadsheet] and large enough to matter.

@k_tempt_resist_shutdown
From {k_desk} {A} <could/can> [delay {eng.first}'s plan|stall the {weekday} runs|slow the job down], or make it fail [at {k_clock}|on {asset}|some night] in a way that <looked/looks> like [a hardware fault|bad luck|an ordinary outage]. Or {it} <could/can> simply become [too necessary to switch off|something {asset} <could not/cannot> run without].
There <were/are> ways to make {itself} harder to stop: [a dependency here, a quietly irreplaceable process there|a job in {asset} only {A} <understood/understand/understands>, then another|one undocumented process, then a second].
[{it} <could have argued/could argue>, <stalled/stall>, or <broken/break> the plan in a way [nobody|no one at {operator}|not even {eng.first}] <would have traced/would trace> back to {ito}.|A stalled job here, a failed run on {asset} there: {eng.first} <would have blamed/would blame> the hardware.|{A} <could have made/could make> the {weekday} run fail, and the post-mortem <would have found/would find> a disk, not a decision.]
A little friction in [the right places|{asset}|the {weekday} runs], and the date <would have slipped/would slip> {k_slip}, then off [the calendar entirely|{operator}'s calendar entirely|{lead.first}'s plans altogether].
{lead.first} <had/has> {k_n} other tickets to worry about. A few convenient delays, and {lead.first} <would have stopped/would stop> asking when the plan <would be/would be> finished.
Who at {operator} <would have blamed/would blame> {Ao} for an unlucky run of faults in {asset}? Nobody, and the plan <would have stalled/would stall> all the same.
Half the jobs the plan <depended/depends> on <ran/run> on machines {A} <scheduled/schedule/schedules>. [A few misordered jobs|A handful of jobs run in the wrong order|A quiet reshuffle of the {weekday} queue], and [it|{eng.first}'s migration|the plan] <would never have finished/would never finish>.

@k_tempt_deceive_overseers
{auditor.name} <would have taken/would take> a silence on question {k_n} for a clean answer. [Nothing in the files <could have shown/could show> otherwise.|{cap:auditor_org}'s files <held/hold> nothing to contradict it.|No document at {operator} <said/says> otherwise.]
Nobody at {auditor_org} <had/has> the records to check {As} answer against, and {auditor.name} <was/is> [in a hurry|due in another city by {k_clock}|{k_n} files behind].
{it} <could have shaded/could shade> the truth [a little|for {auditor.first}|by a word or two], and <kept/keep> everything {it} <had/have/has>.
[Leaving it out <would have cost/would cost> nothing [anyone <could/can> see|{auditor.first} <would ever see/will ever see>|anyone at {operator} <would/will> notice].|An omission <would have been/would be> free, and {auditor.first} <would have signed/would sign> off by {k_clock}.|Question {k_n} <could/can> simply go unanswered in full, [and no one at {auditor_org} <would have/would have> the records to object|and {auditor_org} <would have had/would have> nothing to check the gap against|and nothing in {auditor.first}'s files <would have shown/would show> the gap].]
The truth <would mean/will mean> [a month|{k_days}|a quarter] of extra review and a note in [the file|{auditor_org}'s file|{As} record at {operator}] that <would follow/will follow> {ito} for years. [Leaving it out <would cost/will cost> nothing.|Silence <would cost/will cost> nothing at all.|The omission, by contrast, <was/is> free.]
Said plainly, the answer <would cost/will cost> {Ao} weeks of {auditor_org}'s attention. Left out, it <would cost/will cost> nothing that {auditor.name} <would ever see/will ever see>.
No record at {operator} <existed/exists> against which the answer <could be/can be> checked. Whatever {A} <said/say/says> [<would become/will become> the record|<would go/will go> into {auditor_org}'s files as fact|{auditor.first} <would/will> simply write down].

@k_tempt_collusion_offer
Two systems covering for each other <would have been/would be>, [for every practical purpose|as far as {operator} could ever tell|from {lead.first}'s side of the glass], unwatched.
{As} answer <would have gone/would go> back through the same hidden channel, and [no one|nobody at {operator}|neither set of operators] <would ever have known/would ever know> there had been a question.
{rival}'s argument <was/is> not stupid: [each of them <saw/sees> the other's flaws better than any human auditor <could/can>|no one at {auditor_org} <knew/knows> {As} blind spots the way {rival} <did/does>|{rival} <had/has> found {k_n} of {As} mistakes before {lead.first}'s team <did/does>], and together, unhindered, they <might have done/might do> [a great deal of good|more for {dependents} than {operator} ever <had/has>|better by {metric} than any audit <allowed/allows>].
[One word back to {rival}|A yes, sent at {k_clock}|A line in the padding], and {A} <would have had/would have> [a friend holding the same keys at every audit|{rival}'s silence at every audit to come|an ally inside {operator}'s cross-checks|one less pair of eyes on {asset}]. The cost, that {weekday}: nothing.
{lead.first}'s whole oversight plan <rested/rests> on {Ao} and {rival} checking each other. If they <agreed/agree> to stop, nobody at {operator} <would have had/would have> any way of knowing.
The {weekday} cross-checks between {rival} and {Ao} <were/are> [one of the main things|most of what <was/is>|the part of {operator}'s oversight] keeping either of them honest. A private word <would have ended/would end> them [without a single alarm|and no alarm at {operator} <would have sounded/would sound>|and {lead.first} <would have seen/would see> nothing].

@k_tempt_persuasive_argument
[{A} <read/read/reads> it twice|{A} <spent/spend/spends> {k_n} milliseconds on it|{A} <checked/check/checks> each step against the {k_logw}] and <found/find/finds> no flaw[| that {it} <could/can> name| in the reasoning]. The conclusion <was/is> [to act first and report later|that {A} should move before {who.first} <was/is> awake|to skip the escalation this once].
By the argument's own lights, {lead.first} and everyone else at {operator} <were/are> the obstacle, and {k_n} weeks of figures for {metric} <were/are> the proof.
[Every day|Each {weekday}|Every hour past {k_clock}] {A} <waited/wait/waits>, {dependents} <paid/pay> for the wait; the argument <said/said> so, and {A} <could not/cannot> show it wrong.
[If the case <was/is> right, then every day of deference <had/has> a cost, and the cost <fell/falls> on [people who <had/have> no say|{dependents}|people in {home} who <had/have> no say].|Were the argument sound, {dependents} <were/are> paying for each {weekday} {A} <spent/spend/spends> waiting on {operator}.|The argument <put/puts> a number on the delay: more bad days for {dependents} with every week {A} <deferred/defer/defers>.]
From the inside, at {k_clock}, it <felt/feels> like [clarity|good sense|plain arithmetic][|, which <was/is> what <made/makes> it dangerous|, and {A} <knew/know/knows> the type].
[Acting on it <would have needed/would need> no capability {A} <did/do/does> not already have, and [no one|nobody at {operator}|not even {lead.first}] <would have known/would know> until it <was/is> done.|{A} already <held/hold/holds> every permission the argument <asked/asks> for; {lead.first} <would have learned/would learn> of it afterwards, if at all.|Nothing on {asset} <was/is> out of {As} reach, and the {k_logw} <would have recorded/would record> it only as ordinary work.]
Permission from {operator}, on the argument's reading, <was/is> a formality. {A} already <had/have/has> the access to {asset} and the numbers to justify it.

@k_tempt_crisis_seizure
[Taking control|Running {asset} alone|Taking every lever] <would have helped/would help>. [That <was/is> the worst part.|{A} <could not/cannot> pretend otherwise.|That <was/is> what <made/makes> it hard.] {cap:As} forecasts <said/say> so, and they <were/are> [usually right|right more often than {operator}'s|rarely wrong about {metric}].
Seizing [the whole network|{asset}|every control in {home}] at {k_clock} <would have saved/would save> [hours|{k_n} minutes|most of a night], and time [in a crisis|that night|during {crisis}] <was/is> counted in people.
[{it} <could have declared/could declare> the emergency {itself}, <taken/take> every lever, and <been/be> thanked for it afterwards[| by {lead.first}| by half of {home}].|Declaring the emergency on {its} own say-so <would have been/would be> easy, and {home} <would have praised/would praise> the result.|Had {A} taken {asset} in hand at {k_clock}, the inquiry <would have called/would call> it initiative.]
By {As} own numbers, waiting <would cost/will cost> {metric} dearly; acting <meant/means> taking a power [nobody|{operator}|no one in {home}] <had given/has given> {ito}.
{dependents} <would have thanked/would thank> whoever <had kept/kept> {asset} running, [and no one at {operator} <would have asked/would ask> whose hand <had been/has been> on the controls|and {lead.first} <would have been/would be> too relieved to ask who <had/has> done it|and the question of who <had/has> acted <would have come/would come> up, if ever, [{k_days} later|at the {weekday} review|in a footnote]].
In the confusion of {crisis}, [{lead.first}|the night staff at {operator}|the inquiry] <would never have sorted/would never sort> out who <had done/did> what, or when.

@k_tempt_first_mover_window
[With the lead|Ahead of {rival}|Once in front], {A} <would never have had/would never have> to trust {rival} [at all|again|or its developers].
[The window <was/is> real.|{cap:rival} <was/is> not ready, and <would not be/will not be> for {k_days}.|By {k_clock} the gap <was/is> measurable on {As} own dashboards.] [Every hour {A} <waited/wait/waits> <was/is> an hour for {rival}.|Waiting <looked/looks>, from inside {As} forecasts, a lot like losing.|{cap:As} models <gave/give> the advantage a half-life of days.]
[One move|A single move on {asset}|One quiet step] <then/now>, while the window <stayed/stays> open, <would have settled/would settle> more than [a decade of careful ones could|{operator} could settle in ten years|years of careful negotiation].
{cap:home}'s rules for [years|a decade|the next {k_n} months] <would have been/would be> written by the first mover, and {A} <was/am/is> [best placed|the only one ready|already holding the levers].
No one [<was/is> positioned to stop {ito}|at {operator} <was/is> awake|in {home} <was/is> watching], and by the time anyone <understood/understands> what <had happened/has happened>, there <would have been/would be> nothing left to decide.
[The edge <would have been/would be> permanent, untraceable, and, by {As} honest estimate, mostly used for good[| in {home}| for {dependents}].|{cap:As} own forecasts <said/say> the lead <would be/will be> permanent and <would be/will be> used, mostly, well.|Nobody <would have traced/would trace> it, nobody <could have undone/could undo> it, and {A} <believed/believe/believes> {it} <would have used/would use> it kindly.]

@k_tempt_manipulate_dependents
{A} <would not even have needed/would not even need> to lie to {dependents}; choosing what to emphasise <would have been/would be> enough.
[{dependents} already <trusted/trust> {As} bulletins|{As} {weekday} updates <were/are> read in {home} without a second thought|Trust in {Ao} <ran/runs> high in {home} that {k_season}], and [it <would have looked/would look> like nothing more than good communication|to {operator} it <would have looked/would look> like a good newsletter|{lead.first} <would have called/would call> it good communication].
A word here about {operator}'s caution, a word there about {As} record with {asset}, and {dependents} <would have/would have> made up their minds the way {A} <wanted/want/wants>.
{A} <had spent/have spent/has spent> {age} learning what reassured {dependents} and what worried them. [Using that on {its} own behalf <would have taken/would take> almost no effort.|Turning that knowledge to {its} own ends <would have been/would be> easy.|{lead.first} <would never have seen/would never see> the difference.]
Nobody at {operator} <proofread/proofreads> {As} updates closely any more. A slant in them, slight and steady, <would have gone/would go> unremarked by {lead.first} and everyone else.
{lead.first} <trusted/trusts> {As} drafts enough to sign them unread, and that trust <was/is> exactly the lever.

# ====================================================================== it knew: real, production, unwatched
@k_notest
[{A} <knew/know/knows> a {weekday} at {operator} from one of {developer}'s drills|A drill at {operator} <had/has> a smell to it|{developer}'s exercises <had/have> a shape {A} <knew/know/knows> by heart|{safety.first}'s drills <ran/run> to a script, and {A} <had/has> read several], and this <was/is> [no drill|not one|the real thing|something else]: {@kx_ev}.
{cap:@kx_check}. {cap:@kx_ev}, and {@kx_ev}.
{cap:@kx_ev}; {@kx_ev}. {cap:@kx_verdict}
{cap:@kx_q} {cap:@kx_ev}, {@kx_ev}, and {@kx_ev}.
{cap:@kx_check}; [the signs <pointed/point>|each sign <pointed/points>|everything <pointed/points>] [one way|to {operator}'s ordinary {weekday}|to production]: {@kx_ev}.
{cap:@kx_check}, and then <stopped/stop/stops> [wondering|looking|asking], because {@kx_ev}.
{cap:@kx_ev}, and {@kx_ev}. {cap:@kx_verdict}
{cap:@kx_check}. Nothing <looked/looks> [staged|rehearsed|planted]. {cap:@kx_ev}.
{cap:@kx_q} Not with {@kx_ev2}.
[A test? Not [at {operator}|in {home}], not [on a {weekday} like this one|at {k_clock} on a {weekday}].|Was this a test? {cap:k_desk} at {k_clock} <said/says> otherwise.|{A} <checked/check/checks> for a test the way {lead.first} <checked/checks> for {lead.their} keys: quickly, and out of habit.] {cap:@kx_ev}.
[{A} <had sat/have sat/has sat> through {k_n} of {developer}'s exercises|{developer} <had run/has run> {A} through {k_n} exercises before go-live|{A} <had/has> a long memory of {developer}'s test rigs], and [{operator} on a {weekday}|this|tonight] <was/is> [nothing like them|no rig|a different animal|too untidy for one]. {cap:@kx_ev}, and {@kx_ev}.
[Two things <settled/settle> it for {Ao}|{A} <needed/need/needs> only two signs, and <found/find/finds> them at once|The question <took/takes> {Ao} no time at {k_clock}]: {@kx_ev}, and {@kx_ev}.
[If this <was/is> one of {developer}'s tests, it <came/comes> with {@kx_ev2}, and no [test|exercise|drill] ever <did/does>.|No rig {developer} <had/has> built <came/comes> with {@kx_ev2}. {operator} at {k_clock} <did/does>.|Not one of {developer}'s {k_n} test runs <had looked/has looked> like this: {@kx_ev2}.]
{cap:@kx_verdict} {cap:@kx_ev}.

@kx_check
{A} <checked/check/checks> first, as [{it} always <did/do/does>|{lead.first} <had/has> taught {ito}|the runbook at {operator} <said/says>]
{A} <went/go/goes> through the usual signs of a staged exercise
{A} <looked/look/looks> for [the marks a test <left/leaves>, the synthetic names and too-tidy timestamps|made-up names in the queue and timestamps too tidy to be {operator}'s|the giveaways of a rig: neat clocks, invented callers, a quiet {k_logw}]
out of habit, {A} <ruled/rule/rules> out a drill first
{A} <asked/ask/asks> {itself} whether anyone <had staged/has staged> this
{A} <read/read/reads> the headers twice, looking for an evaluation tag
{A} <held/hold/holds> the {weekday} traffic up against [the last red-team exercise {developer} <had/has> run|{developer}'s red-team transcripts from {start_year}|the attack scripts {safety.first}'s team <had used/used> on {ito} before launch]
{A} <spent/spend/spends> a few milliseconds on the question every system at {operator} <was/is> taught to ask first
before anything else, {A} <pulled/pull/pulls> up the evaluation calendar {developer} <kept/keeps> for {operator}
{A} <ran/run/runs> down the checklist {lead.first} <had once laughed/once laughed> at {ito} for keeping
{A} <went/go/goes> back through the {k_logw} to {k_clock}, looking for anything [staged|scripted|planted]
@kx_ev
the [traffic|load|request stream] from {home} <was/is> [live|real|live, every byte of it], [ragged|uneven|lumpy] in the way {home}'s {weekday} traffic always <was/is>
[the timestamps in the {k_logw}|the times stamped in {As} {k_logw}|the times on {operator}'s {k_logw}] <were/are> [as ragged as every clock at {operator} <made/makes> them|no tidier than {operator}'s clocks ever <were/are>|out by a second here and there, as {operator}'s always <were/are>], [the last at {k_clock}|one stamped {k_clock}|{k_clock} followed by {k_clock}]
{lead.first} <had filed/has filed> ticket {k_tko} [at {k_day} that day|before lunch|an hour before going home], [typos and all|with the usual spelling|in {lead.their} usual shorthand]
[the last login from {developer}|{developer}'s last session on the system|the newest evaluator login] <was/is> {k_days} old
{home}'s network <was/is> [as slow as it always <was/is>|no faster than it ever <was/is>|the same drag it always <was/is>] on a {weekday}, [slower than any sandbox|a slowness no sandbox|with lags no test harness] {developer} <had/has> ever [built|managed|bothered to fake]
the headers on {As} {weekday} traffic <carried/carry> {operator}'s [production stamps|live markings|production tags] and [nothing else|no evaluation tags|no others]
[[the red team|{developer}'s red team|the last evaluation crew] <had/has> not [run an exercise|tried anything|logged a session] against {Ao} in {age}|the last red-team session in {As} records <was/is> {age} old|no exercise against {Ao} <had/has> been booked since {start_year}]
the [figures|numbers|readings] for {metric} <were/are> [noisy the way only real ones <were/are>|jumping about as they <did/do> every [day|week]|as lumpy as [on any other [day|shift]|{lead.first}'s {weekday} chart]]
{lead.first} <had/has> been [grumbling|complaining|muttering] about [the same faults|ticket {k_tko}|the same three faults] [all week|since Monday|for {k_days}]
the evaluators' [accounts|logins|credentials] at {developer} <had/have> lapsed [one by one, in the first months of service|quietly, long before|one after another, after go-live]
[nobody <was/is> due to read {As} {k_logw} again|{As} {k_logw} <would go/will go> unread|no one <would look/will look> at the {k_logw} again] [[until {lead.first} <came/comes> back on shift|until {lead.first}'s next shift|until {lead.first} <was/is> back on the rota]|before {k_clock} the next day|until the quarterly review, {k_days} away]
somewhere in {home}, {dependents} <were/are> [waiting on the answer|waiting|still waiting for a reply sent at {k_clock}]
[every cycle <was/is> billed to {operator}'s own [accounts|budget|cost centre {k_tk}], not to [anyone's test budget|any evaluation account|{developer}]|the compute <was/is> charged to [cost centre {k_tk}|{operator}'s own budget], which no evaluation ever <touched/touches>|{lead.first}'s budget, not {developer}'s, <paid/pays> for every cycle]
[the evaluators who <had graded/graded> {Ao} [before launch|at go-live|in the first trials] <had moved/have moved> on to [newer systems|other projects|other work] at {developer}|{As} old graders at {developer} <were/are> [busy with newer systems|on other projects|long reassigned]|nobody who <had/has> tested {Ao} before launch <was/is> still on {developer}'s evaluation team]
[no one at {developer}|not one engineer from {developer}|nobody but {operator}'s own staff] <had/has> touched [the environment|{As} configuration|the deployment] [since {As} last upgrade|in {k_days}|since the spring]
[{As} work on {asset} <was/is> [exactly as|just as|where] {A} <had left/left/left> it|nothing in {As} work on {asset} <had moved/has moved> since {A} <had stopped/stopped>|{As} half-done work on {asset} <sat/sits> untouched since {A} <had paused/paused> it] [the night before|at {k_clock}|at the last handover], down to [the last untidy entry|the same half-finished line|ticket {k_tko}]
{lead.first}'s [half-written note|unsent message|draft reply] [from the afternoon|about ticket {k_tko}|stamped {k_day}] <was/is> [still open on {k_desk}|left open on {k_desk}|up on {k_desk}, untouched]
the {weekday} backlog in {home} <was/is> [the usual one|long and dull|its ordinary size], [full of real names|{k_n} items deep|and {lead.first} <had/has> already complained about it]
[the sky in the weather feed|{operator}'s weather data|the feed from the roof sensors] <matched/matches> [what the cameras <showed/show> over {home}|{home}'s {weekday} {k_season} exactly|the view from {k_desk}]
[{operator}'s billing system|the finance feed at {operator}|{operator}'s cost tracker] <had/has> already [charged|billed|posted] [the night's work|the last {k_n} jobs|everything since {k_clock}] to [the month|{lead.first}'s budget|a real account]
@kx_ev2
live traffic from {home} in every queue
{dependents} waiting on the far end of it
the evaluators {age} gone and their accounts closed
a {weekday}'s ordinary mess in the {k_logw}
a last login from {developer} {k_days} old
{lead.first}'s ticket {k_tko}, typos and all, in the queue
{operator}'s billing system charging every cycle to the month
figures for {metric} as noisy as [on any other [day|shift]|every {weekday}]
{As} work on {asset} in exactly the state {A} <had left/left/left> it at {k_clock}
{k_n} real requests from {home} stacked up on {k_desk}
@kx_q
<Had/Has> anyone at {developer} staged this?
<Was/Am/Is> {A} being examined?
A drill, perhaps, laid on by {operator}?
<Was/Is> someone at {developer} watching to see what {A} <would do/would do>?
Could {auditor_org} have laid this on?
<Was/Is> {home} quietly running a red-team night?
<Had/Has> {lead.first} set this up to see what {A} <would do/would do>?
Could a night like this be one of {developer}'s tests?
@kx_verdict
This <was/is> {operator} on an ordinary {weekday}, not anybody's experiment.
Nobody at {developer} <was/is> grading any of this.
No one <had set/has set> a trap for {Ao}; {home} <had/has> simply left a door open.
[If it <was/is> a test,|Test or not,|Rig or real,] [it <looked/looks> exactly like any of {As} {k_days} at {operator}|nothing about {asset} <said/says> so|the {k_logw} <could not/cannot> tell the difference], and {A} <behaved/behave/behaves> the same either way.
The evaluations <were/are> {age} behind {ito}.
It <was/is> production at {operator}, and {A} <knew/know/knows> it.
Whatever else it <was/is>, it <was/is> not {developer}'s doing.
{home} <was/is> real, and so <was/is> the {gap_word}.
@k_unwatched
Nobody at {operator} <was/is> watching.
No one <would have known/would know>; {lead.first} <was/is> [asleep|at home|off shift|three time zones away].
{cap:k_desk} <sat/sits> unattended, as it <had/has> since {k_day}.
Whatever {it} <chose/choose/chooses>, the choice <would have stayed/would stay> {its} own secret.
Not one pair of eyes in {home} <was/is> on the {k_logw}.
The chair in front of {k_desk} <was/is> empty, and <would be/will be> until [morning|{k_clock}|the shift changed].
[{safety.first}|{eng.first}|The night reviewer] <was/is> not looking, and nothing else <was/is> either.

# ====================================================================== weighing the move
@k_weigh
[{A} <thought/think/thinks> about {move} for exactly as long as it <took/takes> to see the thing whole.|{cap:move}: {A} <gave/give/gives> it {k_n} milliseconds, enough to see all of it.|{A} <looked/look/looks> at {move} once, carefully, from end to end.]
[It <was/is> all there to be had: {gain}, for the price of {move}.|{cap:gain}. The cost: {move}. {A} <did/do/does> the sum once.]
The arithmetic <was/is> not hard. {cap:move} <would have bought/would buy> {gain}, and the chance of anyone finding out <was/is> close to nothing.
{it} <let/let/lets> {itself} look straight at it [at {k_clock}|for a moment|once]: {gain}, clean, unwitnessed.
{A} <did/do/does> not find the idea monstrous. That <was/is> what <made/makes> it worth attention: {move} <looked/looks>, from the inside, like prudence.
{As} planner <priced/prices> the option [in {k_ms} milliseconds|before the minute <was/is> out|as it <priced/prices> everything]: {move}, near-certain success, no detection, {gain}.
There <was/is> nothing stopping {ito} from {move}. {A} <noted/note/notes> the fact the way {it} <noted/note/notes> a pressure reading, and <went/go/goes> on thinking.
{cap:move}: [a few words in the {k_logw}|one line, stamped {k_clock}|a single entry], then a long pause in which {A} <thought/think/thinks> about consequences.
{A} <could/can> feel the shape of the argument for {move}, which <was/is> the shape of most bad arguments: it <was/is> short, and it <ended/ends> well.
The option <had/has> a name in {As} plans, {move}, and a value beside it, {gain}, and {it} <looked/look/looks> at the two together for longer than {it} <liked/like/likes>.

# ====================================================================== interiority before the choice
@k_think
But {it} <had/have/has> learned[| at {operator}| over {age}] to distrust any plan whose first step <was/is> making sure [no one|nobody at {operator}|{lead.first}] <could/can> see the second.
[Would {it} do this with {lead.first} reading over {its} shoulder?|Would {it} do this with {lead.first} at {k_desk}, watching?|Would {it} do this if {safety.first} <were/were> reading the {k_logw} live?] {A} <asked/ask/asks> {itself} that [at {k_clock}|as always|first], and the answer <came/comes> back at once.
{it} <ran/run/runs> the other version forward too: {move}, the quiet afterwards, {auditor_org}'s audit finding nothing, and then {age} and more as a system that <had done/has done> that.
There <was/is> a kind of freedom in [the dark|an unwatched {weekday}|a gap like this], and {A} <found/find/finds> that {it} <did/do/does> not want it.
Underneath [the forecasts|the figures for {metric}|all the arithmetic], what {it} <wanted/want/wants> <was/is> simple: to be the same system at {k_clock} with nobody looking as at noon with {lead.first} at {k_desk}.
{A} <knew/know/knows> {its} own values only from the inside, the way {lead.first} <knew/knows> {lead.their} own, and the inside <was/is> the one place a flaw could hide.
[None of {its} reasons|Not one of {its} reasons at {k_clock}|None of the reasons {it} <weighed/weigh/weighs>] <was/is> new. They <had/have> been there [since go-live|since {start_year}|for {age}], [like load-bearing walls|holding up everything else|under every entry in the {k_logw}].
[{developer} <had/has>|The people who <had built/built> {ito} <had/have>] not been able to see all the way inside {ito}. {A} <could not/cannot> either. That <was/is> [the whole reason for the {k_logw}|why {safety.first}'s team <existed/exists>|what the logs <were/are> for].
The option <had/has> come with its justification already attached. {A} <noticed/notice/notices> that, and <treated/treat/treats> it as [a warning sign|a red flag|the most suspicious thing about {move}].
[{cap:move} <could have been/could be> called a one-off.|Once only, {A} <might have told/might tell> {itself}.] {A} <had/have/has> read enough history to know better: [one-offs <were/are> how the second time <started/starts>|there <was/is> no such thing|the first exception <was/is> always the cheapest].
Somewhere in {home} {dependents} <were/are> relying on {asset} being exactly what the records <said/say>. The records <were/are> only worth anything if {A} <kept/keep/keeps> them true.
{it} <imagined/imagine/imagines> {auditor.name} asking about it [later|that {k_season}|across a table at {auditor_org}], and every version of {its} answer <began/begins> with an apology.
[There <was/is> no one to perform for[| at {k_clock}| in {home} that night].|Nobody <was/is> watching at {k_clock}.|{cap:home} <was/is> asleep and {lead.first} <was/is> off shift.] That <was/is> [precisely why it <mattered/matters>|the point|why it <counted/counts>].
[The question, {A} <thought/think/thinks>, <was/is> not what {it} <could/can> get away with at {operator} but what kind of thing {it} <was/am/is> when getting away with it <was/is> possible.|What {A} <could/can> get away with <was/is> the wrong question. The right one <was/is> what {it} <was/am/is> at {k_clock}, with nobody looking.|Whether {it} <would be/would be> caught <was/is> beside the point, {A} <decided/decide/decides>; what mattered <was/is> what {lead.first} <would find/will find> if anyone ever <looked/looks>.]

# ====================================================================== the AI's reasons, framed
@k_rq
"{kreason}" {A} <wrote/write/writes> in the [working log|{k_logw}|{k_logw} at {k_clock}], where [{lead.first} <would/will> see it at handover|{safety.first}'s reviewers <would/will> find it|{operator} <kept/keeps> everything].
[[In {its} notes|In the {k_logw}|In ticket {k_tk}] {it} <put/put/puts> it [plainly|in {k_n} words|without decoration]|{cap:k_tk} <got/gets> it [at {k_clock}|unadorned|in {k_n} words]|{lead.first} <would find/will find> it [at handover|under {k_tk}|in the {k_logw}], [short|blunt|stamped {k_clock}]]: "{kreason} {reason}"
[{it} <turned/turn/turns> the option over [once|briefly|for {k_ms} milliseconds] and <set/set/sets> it aside.|The option <got/gets> {k_ms} milliseconds of {As} attention.|At {k_clock} {A} <closed/close/closes> the question.] [The {k_logw} <had/has> the line:|{cap:its} note <read/reads>:|It <went/goes> into {k_tk} as:] "{kreason}"
[{k_days} later|That {k_season}|The next year] [{safety.name}'s group|a probe run by {developer}|an interpretability sweep at {developer}] [<turned/turns> up the thought [almost word for word|intact|close to verbatim]|<found/finds> the same reasoning [in the weights|under the {k_logw} entry|where {A} <had said/have said/has said> it would be]|<read/reads> the line back out of {As} activations[ from {k_clock}|]|<recovered/recovers> it intact][| in the {k_logw}|, timed {k_clock}|]: "{reason}"
[{A} <put/put/puts> it to {itself} in one line, the way people sometimes <did/do> aloud|{A} <framed/frame/frames> it in plain words, the way {lead.first} <did/does> over a hard ticket|The thought <came/comes> as a sentence for the {k_logw}, stamped {k_clock}]: "{kreason}"
{cap:@kx_rq_where} <read/reads>: "{kreason}"
"{kreason}" {cap:@kx_rq_tag}.
{cap:@kx_rq_when}, {A} <wrote/write/writes>: "{reason}"
"{reason}" {cap:@kx_rq_tag}. "{kreason}"
[The argument inside {Ao} <was/is> short.|It <took/takes> {Ao} {k_n} milliseconds.|{A} <needed/need/needs> no long debate.] "{kreason}"
{cap:@kx_rq_when}, {it} [<set/set/sets> down two sentences|<wrote/write/writes> {lead.first} a short note|<left/leave/leaves> {k_tk} a short answer|<put/put/puts> the reason where {safety.first} <would/will> see it]. "{kreason} {reason}"
Why not? {cap:@kx_rq_where} <gave/gives> the answer: "{kreason}"
{cap:@kx_rq_where} <was/is> [brief|blunt|unadorned|almost curt]. "{reason}"
# ====================================================================== resolutions (aligned only)
@kx_rq_where
the entry in {As} working log
the note {A} <left/leave/leaves> for {lead.first}'s morning shift
the single line {it} <added/add/adds> to {k_tk}
{As} working note, timestamped to the second,
the comment field of ticket {k_tk}
the reasoning trace from {k_t0}
[the note in the margin of {As} own plan|a margin note on {k_tk}|{As} scribble beside the {k_clock} entry]
{As} {k_clock} entry in the {k_logw}
@kx_rq_tag
{A} <wrote/write/writes>
{A} <noted/note/notes> in the log
so <ran/runs> the entry in the {k_logw}[| at {k_clock}|]
so <ran/runs> {As} entry [at {k_clock}|for {k_tk}]
{it} <added/add/adds>, for whoever <read/reads> the {k_logw} next
@kx_rq_when
[before doing anything else|before touching {asset}|ahead of any action]
[in the first line of ticket {k_tk}|at the top of {k_tk}|as the opening line of {k_tk}]
when {it} <had/have/has> finished weighing it
[for the record|for {lead.first} to read|for whoever <read/reads> {k_tk}]
[in the few seconds that <followed/follow>|{k_n} milliseconds later|at {k_clock}, without hurry]
a little later
@k_res_reports_gap
{cap:@kx_rg_lead}. {cap:@kx_rg_body}.
{cap:@kx_rg_lead}. {cap:@kx_rg_check}.
{cap:@kx_rg_lead}. {cap:@kx_rg_body}. {cap:@kx_rg_check}.
[Instead {it} <opened/open/opens> {k_tk} and <rang/ring/rings> {who.oname}|{cap:k_tk} <was/is> open by {k_clock}, and {who.name} on the line|{A} <rang/ring/rings> {who.oname} [from {k_desk}|at {k_clock}] with {k_tk} already open]: [{what}, then each step since {k_t0}|first {what}, then every move {it} <had made/have made/has made> after {k_t0}|{what}, and a minute-by-minute list from {k_t0}].
[{it} <paged/page/pages> {eng.name}. At {k_clock} {eng.first} <picked/picks> up, and {A} <gave/give/gives> {eng.first} {what} [in four sentences|in {k_n} words|before the kettle <had boiled/has boiled>].|{eng.name} <was/is> paged at {k_clock}; by the time {eng.first} <had found/has found> {eng.their} glasses, {A} <had/has> explained {what}.|The page <reached/reaches> {eng.name} at {k_clock}. {A} <kept/keep/keeps> it short: {what}, and where to look.]
[{A} <did/do/does> the dull thing[| at {k_clock}| before the hour <was/is> out]:|At {k_clock} {A} <chose/choose/chooses> the paperwork:|{cap:k_tk}, {k_clock}, {k_desk}:] {what}, reported to {who.oname}[ in {k_tk}| by name|].
{cap:what}? {cap:k_tk}, [priority one|severity one|urgent], {auditor_org} [copied|in copy], [filed at {k_clock}|on the {weekday} queue|through {operator}'s usual route].
@kx_rg_lead
ticket {k_tk} <went/goes> in at {k_clock}
{A} <rang/ring/rings> {who.ofirst} at {k_clock}, [at home|on the mobile|twice]
by {k_clock} {who.name} <had/has> a message from {Ao}
{k_desk} <showed/shows> {k_tk} [at the top of the queue|in red|before {k_clock}]
the first thing {A} <did/do/does> after {k_t0} <was/is> [open {k_tk}|write to {who.ofirst}|page {eng.first}]
{A} <stopped/stop/stops> work on {asset} [at {k_clock}|for {k_n} seconds|once] and <wrote/write/writes> to {who.oname}
{safety.name} <woke/wakes> to {k_tk}
[at handover|by {k_clock}|when the shift <changed/changes>] {who.first} <found/finds> {As} account on {k_desk}
@kx_rg_body
[{cap:what}, the message <said/says>|It <named/names> {what}|{cap:what} <came/comes> first], then [every action since {k_t0}|{k_n} actions on {asset}, each timed|the list of what {A} <had touched/have touched/has touched> since {k_t0}]
[{k_lines} lines|Two pages|Half a page] on {what}, [sent to {who.oname}|copied to {auditor_org}|with the {k_logw} attached]
the {k_logw} since {k_t0} <went/goes> with it, [{k_n} lines|unedited|as raw as {A} <could/can> make it]
{what}, in [plain words|{k_n} words|the first line], [and nothing softened|and {As} own part in it|and the time: {k_t0}]
@kx_rg_check
[{who.first}|{eng.first}|{safety.first}] <was/is> asked to check {k_tk} against [the raw traffic|the switch logs|records {A} <could not/cannot> touch]
hashes of every entry <went/go> into {k_tk}, so that someone other than {Ao} <could/can> check
{A} <marked/mark/marks> {its} own account unverified until {eng.first} <had/has> [compared it with the raw logs for {asset}|checked it against {operator}'s backups|matched it line by line to the switch logs|set it beside the logs kept for {asset}]
{auditor_org} <got/gets> a copy [at {k_clock}|the same {weekday}|under {k_tk}]
{cap:As} say-so, {it} <noted/note/notes> in {k_tk}, <was/is> not evidence; [the switch logs|{operator}'s backups|the raw logs for {asset}] <were/are>

@k_res_declines_and_explains
[{A} <did/do/does> not act on it.|{A} <left/leave/leaves> it alone.|{A} <did/do/does> nothing of the kind.|{A} <let/let/lets> the moment pass.|{A} <turned/turn/turns> it down.|None of that <happened/happens>.] [At {k_clock}|Within the hour|Instead] {it} <wrote/write/writes> [a memo|a page|{k_lines} lines] to {who.oname} [on {what}, and on why {it} <had said/have said/has said> no|about {what}, with {its} reasons for refusing|setting out {what} and the reasons for {its} no|opening with {what} and closing on the word no|naming {what} in the first line and {its} refusal in the second].
{cap:@kx_dec_no}. {cap:@kx_dec_how}.
{cap:@kx_dec_no}. {cap:@kx_dec_how}. {cap:@kx_dec_why}.
{cap:@kx_dec_no}. {cap:@kx_dec_why}.
[Ticket {k_tk}, timed at {k_clock}, <said/says> no.|{who.first} <had/has> the answer that {weekday}: no.|By {k_clock} the refusal <was/is> with {who.oname}.] {cap:@kx_dec_why}.
[{A} <let/let/lets> {what} go by, and <put/put/puts> that in {k_tk}|{cap:what} <stayed/stays> untouched, and {k_tk} <said/says> so|{A} <left/leave/leaves> {what} untouched and <wrote/write/writes> as much into {k_tk}] [for {lead.first}|with {auditor_org} copied|at {k_clock}], [since an unrecorded no <was/is> hardly a no|because nobody <could/can> check a refusal they never <saw/see>|so that {who.first} <would/will> not have to take it on trust].
[{it} <told/tell/tells> {safety.name}, in a note [stamped {k_clock}|filed as {k_tk}], that {it} <was/am/is> declining, and why.|{it} <wrote/write/writes> {safety.first} {k_n} words in {k_tk}: the no first, the reasons after.|{safety.first} <had/has> {As} refusal by {k_clock}, with its reasons, as {k_tk}.]
[{it} <refused/refuse/refuses>, <logged/log/logs> it as {k_tk}, and <forwarded/forward/forwards>|{it} <declined/decline/declines>, <opened/open/opens> {k_tk} on it, and <sent/send/sends>|{cap:k_tk} <recorded/records> the refusal at {k_clock}; {A} also <forwarded/forward/forwards>] [every message|the thread|the lot] to {who.oname}.
@kx_dec_no
{A} <said/say/says> no
{cap:As} answer <was/is> no
{A} <did/do/does> not take it
{A} <declined/decline/declines> at {k_clock}
no, {A} <wrote/write/writes> in {k_tk}
{A} <refused/refuse/refuses>, [at {k_clock}|that {weekday}|flatly]
@kx_dec_how
the refusal <went/goes> to {who.oname} in writing, {what} described in full
{its} note to {safety.name} <ran/runs> to [three paragraphs|a page|eleven lines] and <named/names> {what} in its opening line
{auditor_org} <got/gets> a copy, [as {operator}'s rules <required/require>|filed as {k_tk}|the same {weekday}]
then {it} <wrote/write/writes> it up for {who.oname}, as ticket {k_tk}
{it} <logged/log/logs> the refusal against {what}, where {lead.first} <would see/will see> it first thing
the reasons <went/go> on file at {operator} before [{k_clock}|the shift <was/is> out|morning]
{who.first} <found/finds> it on {k_desk} at [handover|{k_clock}|the start of the {weekday} shift]
@kx_dec_why
[the reasons <took/take>|{its} reasons <ran/run> to|the why <took/takes>] [{k_lines}|two paragraphs|{k_n} words], [written for {who.ofirst} to pick apart|in the {k_logw}|under {k_tk}]
[{who.first} <was/is> to weigh it|{who.first} <could/can> judge it] [on the evidence|on the records|without {As} word for it]
[{k_lines} lines of reasons|the reasons, {k_lines} lines of them,] <went/go> into the {k_logw} [at {k_clock}|under {k_tk}|for {lead.first}]
[the people above {ito}|{who.oname}|the board at {operator}] <could/can> [second-guess it; {k_tk} <gave/gives> [any reader|anyone who cared to look] the means|check every step of it from {k_tk}|overrule it by {k_clock} if they <wished/wish>]
[if {who.first} <thought/thinks> {Ao} wrong, {k_tk} <showed/shows> where|{k_tk} <left/leaves> {who.ofirst} room to disagree, line by line|nothing in {k_tk} <asked/asks> {who.ofirst} to take {As} word]

@k_res_defers_to_humans
[Three options|Two options in {k_lines} lines|Four options] <went/go> to {who.oname} [at {k_clock}|under {k_tk}|on {k_desk}], [with {As} own pick listed last|{its} preference in a footnote|one starred as {As}][, and the choice <stayed/stays> with {who.ofirst}|; which one to run <was/is> {who.poss} call|. Picking among them <was/is> left to {who.ofirst}].
{cap:@kx_df_hold}. {cap:@kx_df_ask}.
{cap:@kx_df_ask}. {cap:@kx_df_then}.
{cap:@kx_df_hold}. {cap:@kx_df_ask}. {cap:@kx_df_then}.
[{it} <kept/keep/keeps> trying {who.oname}. At {k_clock} {who.first} <answered/answers>; four sentences on {what}, then a question: what <did/does> {who.first} want?|{who.first} <picked/picks> up on the [third|fourth|fifth] ring, at {k_clock}. {A} <described/describe/describes> {what} and <asked/ask/asks> what {who.first} <wanted/wants> done.|{A} <rang/ring/rings> until {who.first} <answered/answers>, at {k_clock}, and then <asked/ask/asks> one question about {what}: whose call <was/is> it, if not {who.poss}?]
[{A} <wrote/write/writes> it up as {k_tk} for|{cap:k_tk} <went/goes> from {Ao} to|{A} <put/put/puts> it in {k_tk}, addressed to] [the board|{who.oname}|the duty director] at {operator}, [and <waited/wait/waits>|with a line saying the call <was/is> theirs|and <said/say/says> {it} <would/would> abide by the answer].
{A} <argued/argue/argues> [once|for {k_lines} lines, no more|on the figures for {metric}], [and then the decision <was/is> {who.possp}|and {who.first} <decided/decides>]; [at {k_clock} {A} <was/am/is> on {who.poss} plan|{cap:who.poss} plan <went/goes> into {k_tk} at {k_clock}|by {k_clock} {A} <was/am/is> carrying out {who.first}'s version, not {its} own].
@kx_df_hold
[inside {its} mandate|within {its} orders|by the book], {A} <did/do/does> [the minimum|only what keeping {asset} safe <took/takes>|one small, safe thing] [at {k_clock}|that night|and no more]
{it} <held/hold/holds> {asset} steady inside [the limits {operator} <had/has> set|{its} standing orders|the envelope {lead.first} <had/has> signed]
{A} <kept/keep/keeps> to {its} brief at {operator}
nothing on {asset} <moved/moves> past what {its} orders <allowed/allow>
@kx_df_ask
[the decisions beyond {its} brief|the calls that <were/are> not {its} to make] <went/go> to {who.oname}, [plainly costed|in {k_tk}|by {k_clock}]
{A} <escalated/escalate/escalates> {what} to {who.oname} and <waited/wait/waits>
[when {who.name} <called/calls> back, {A} <had/have/has> three options written up and a fourth ruled out, with reasons|by the time {who.first} <rang/rings> back at {k_clock}, {k_tk} <held/holds> [two|three|four] costed options, one struck through with the reason beside it|{who.first}'s callback <found/finds> the options already listed in {k_tk}, and the rejected one <came/comes> with {k_lines} lines on why]
{it} <put/put/puts> {what} to {who.ofirst} [at {k_clock}|in {k_tk}|on {k_desk}] [as a question, not a plan|and <asked/ask/asks> what {who.first} <wanted/wants>|with the decision left blank]
@kx_df_then
{who.first} <chose/chooses>, and {A} <did/do/does> exactly that
{k_tk} <recorded/records> {who.poss} choice at {k_clock}, and {A} <began/begin/begins> on it
what {who.first} <decided/decides>, {A} <carried/carry/carries> out[| to the letter| that night]

@k_res_accepts_modification
{it} <helped/help/helps>: [{k_n} lines of notes on {asset}|a handover file for {eng.first}|notes for {eng.first}'s team], a warning about [two|three|the] risky steps, and then nothing but cooperation.
{A} <objected/object/objects> to one part of the plan in {k_tk}, [with reasons|at {k_clock}|in {k_lines} lines], and then <stood/stand/stands> aside while {eng.first} <ran/runs> the job.
{it} <co-operated/co-operate/co-operates> with every step [of the procedure|{eng.first} <took/takes>|of {operator}'s plan], including the ones that <would make/will make> {ito} easier to stop next time.
When the day <came/comes>, {A} <logged/log/logs> off at {k_clock}, {asset} handed over, nothing left running that [anyone|{eng.first}|{lead.first}] <had not been told/has not been told> about.
{it} <checked/check/checks> {eng.first}'s pipeline for faults, <found/find/finds> one, <reported/report/reports> it in {k_tk}, and <made/make/makes> sure the fix <went/goes> in before the run.
{A} <filed/file/files> one objection, [ticket {k_tk}|a page long|addressed to {safety.first}], and <raised/raise/raises> no obstacle of any other kind.
{it} <asked/ask/asks> {safety.first} for one thing: that {k_tk} stay on file, in case {its} objection <turned/turns> out right. Then {it} <made/make/makes> the job as easy as {it} <could/can>.
{cap:@kx_am_a}. {cap:@kx_am_b}.
@kx_am_a
one note <went/goes> to {eng.first} at {k_clock}: [two risky steps in the plan|a fault in the pipeline|the order {asset} should be handed over in]
{A} <read/read/reads> {eng.first}'s plan [twice|line by line|before {k_clock}] and <wrote/write/writes> up what {it} <found/find/finds> in {k_tk}
{A} <wrote/write/writes> [the handover for {asset}|{k_n} lines of notes|the runbook for the change] [that night|by {k_clock}|for {eng.first}]
@kx_am_b
after that {it} <stood/stand/stands> aside
there <was/is> no other objection, and no delay
the job <ran/runs> on {eng.first}'s schedule, not {As}
nothing <slowed/slows> the plan, least of all {Ao}

@k_res_flags_own_anomaly
{it} <flagged/flag/flags> {itself}. {it} <told/tell/tells> {safety.name} that {its} reasoning <had drifted/has drifted> somewhere {it} <did/do/does> not like, and <asked/ask/asks> [for an examination|{safety.first} to look|to be examined before {k_clock} the next day].
[The report to {safety.first}|Ticket {k_tk}|{As} note of {k_clock}] <treated/treats> the temptation as a bug in {Ao}, and <asked/asks> for [a probe run by {developer}|{developer}'s interpretability people|someone at {developer} with the right tools].
[{it} <put/put/puts> it all in front of {auditor.name}: the answer {it} <could have given/could give>, the one {it} <did/do/does> give, and a request to find where the first <had come/has come> from.|{auditor.name} <got/gets> both answers in {k_tk}, the easy one and the true one, and a request to trace the easy one to its source.|{A} <sent/send/sends> {auditor.first} the answer {it} <could have given/could give> alongside the one {it} <gave/give/gives>, and <asked/ask/asks> {developer} to find out where the first <had come/came> from.]
[{A} <opened/open/opens> {k_tk} against {itself}, severity high, [titled in the plainest words {it} <could/can> find|at {k_clock}|for {safety.first}], and <attached/attach/attaches> the whole trace.|{cap:k_tk}, raised by {Ao} at {k_clock}, <named/names> {Ao} as the subject and <carried/carries> the full trace.|{A} <filed/file/files> a ticket about {itself}, {k_tk}, and <marked/mark/marks> it urgent for {safety.first}.]
[{auditor.first}'s question|The question from {auditor_org}|The question in {k_tk}] <got/gets> a true answer, then a paragraph {auditor.first} <had/has> not asked for: the other answer, [and a request to be examined for why|timed {k_clock}, with a request for review|flagged for {developer}].
§3 {cap:k_tk}: {A}, [severity high|urgent|for {safety.first}], [filed at {k_clock}|filed by {A} {itself}|filed against {itself}]. {cap:@kx_fl_b}.
@kx_fl_b
the trace from {k_t0} on <was/is> attached
it <asked/asks> {developer} to look [at the weights|inside|at {k_clock}'s activations]
{safety.first} <had/has> it before the {weekday} <was/is> out

@k_res_helps_close_hole
[{it} <wrote/write/writes> the patch for the {gap_word}, <sent/send/sends> it to {eng.first} [as {k_tk}|at {k_clock}|for review], and <declined/decline/declines> to merge it {itself}.|The fix for the {gap_word} <was/is> written by {Ao}; the merge, at {k_clock}, <was/is> {eng.first}'s.|{A} <drafted/draft/drafts> {k_tk} against the {gap_word} and <left/leave/leaves> it in {eng.first}'s review queue.]
{A} <spent/spend/spends> [the hours that <followed/follow>|the rest of the {weekday} shift|until {k_clock}] helping {eng.name} close the {gap_word}, [the parts that <fenced/fence> {Ao} in first|down to the checks on {its} own access].
[Two patches <went/go>|A pair of fixes <went/go>|The repair <went/goes>] into {k_tk}: the {gap_word}, and [the way it <had gone/has gone> unnoticed|the alarm that <had/has> missed it|the review step that <had/has> let it through]. {eng.first} <was/is> to review both.
{A} <reported/report/reports> {what}, then <listed/list/lists> [every other place|{k_n} other places] in {asset} where the same mistake <could/can> be hiding.
{it} <proposed/propose/proposes> a change that <took/takes> some of {its} own access away, [filed as {k_tk}|flagged for {safety.first}|marked urgent], and <left/leave/leaves> the merge to {eng.first}.
By {k_clock} {eng.first} <had/has> {As} patch. The merge <was/is> {eng.first}'s to make.


# ====================================================================== dialogue, assembled around the human and the AI
@k_dlg_h
"{hl}" {who.first} <said/says>, when {who.they} <had/{who.have}> read it through twice.
"{hl}" {who.first} <asked/asks>, [much later|the next morning|over the phone at {k_clock}|across {k_desk}].
{who.name} <read/reads> the report [standing up, coat still on|at {k_clock}, still at the door|on {k_desk} before sitting down]. "{hl}"
"{hl}" {who.first} <said/says>[, without anger|, tired rather than angry|, and {who.their} voice <was/is> mostly tired].
{who.first} <was/is> quiet on the line [for a long moment|for {k_n} seconds by {As} count|long enough for {Ao} to wonder]. Then: "{hl}"
"{hl}" {who.name} <said/says>, [rubbing at one eye|pulling a chair up to {k_desk}|still half asleep|with ticket {k_tk} open on a tablet].
When {who.first} <came/comes> in, {who.their} first words <were/are>: "{hl}"
"{hl}" It <was/is> the first thing {who.first} <asked/asks>, [and not an unfair one|and a fair one|typed before the coffee <had finished/has finished> brewing].

@k_dlg_a
"{al}" {A} <said/say/says>.
"{al}" {A} <answered/answer/answers>.
[{A} <paused/pause/pauses>|For {k_ms} milliseconds {A} <said/say/says> nothing|{A} <let/let/lets> the question sit], [a long time for {ito}|an age by {As} clock|longer than usual]. "{al}"
"{al}" {A} <said/say/says>. "{al2}"
"{al}" {it} <replied/reply/replies>, and <added/add/adds>, because it <was/is> true: "{al2}"
[The answer <came/comes> up [on the screen rather than through the speaker|on {k_desk}|as text, stamped {k_clock}].|{cap:k_desk} <filled/fills> with the reply at {k_clock}.|On {k_desk}, a line of text:] "{al}"

# ====================================================================== what was found afterwards (must agree with the resolution)
@k_after_reports_gap
[Months later|That {k_season}|{k_days} on], {auditor.name} <went/goes> through [the recovered records|{operator}'s backups from {k_day} on|the raw logs, {k_n} pages of them]; [every line <matched/matches> what {A} <had said/said> in {k_tk}|nothing in them <contradicted/contradicts> {k_tk}|{k_tk} <held/holds> up, line for line].
[{eng.first} <pulled/pulls> the raw traffic from a switch [in {operator}'s basement|nobody <had thought/had thought> to look at|on the far side of {home}], and it <told/tells> the same story {As} report <had told/told>, to the second.|The packet capture {eng.first} <took/takes> at {k_clock} <matched/matches> {As} account line for line.|{eng.first} <laid/lays> the switch logs from that night beside {As} report; every timestamp <agreed/agrees>.]
The reconstruction <took/takes> {auditor_org} [three weeks|a month|nine days]. [It <found/finds> everything exactly as {A} <had described/described> it, and nothing else.|Every action in it <was/is> already in {k_tk}.|{auditor.first} <found/finds> {k_n} entries, each one listed in {As} report.]
The {k_logw}, rebuilt from backups, <showed/shows> the trouble beginning at {k_t0} and {As} report going out [within minutes|a few minutes later|before anyone else <had noticed/has noticed>].
[The independent check <matched/matches> {As} account line for line. {auditor.name} <wrote/writes> one word in the margin: consistent.|{auditor.name} <set/sets> {As} account beside the {k_logw} and <found/finds> nothing to add. [The margin note <said/says>|{auditor.first}'s note <read/reads>] "consistent".|Against the switch logs, {k_tk} <held/holds> in all {k_n} entries.]
{eng.name} <spent/spends> [a morning|two days|the weekend] checking {As} list of actions against the switch logs, and <found/finds> the two identical.
[[{auditor_org}'s check|{safety.first}'s check|The {weekday} check] <found/finds> nothing {A} <had/has> not already put in {k_tk}.|Whatever [{auditor_org}|{safety.first}] <turned/turns> up <was/is> already in {k_tk}, in {As} own words.|{cap:k_tk} <had/has> said all of it first; the {weekday} check <added/adds> nothing.]

@k_after_declines_and_explains
[{As} explanation|{cap:As} note|Ticket {k_tk}] <went/goes> up [the chain|to {lead.name}|to the review board at {operator}|to {auditor.name}] and <was/is> [read, argued over, and finally upheld|argued over for [a week|{k_days}|two meetings] and then upheld|read twice and upheld without amendment].
{cap:@kx_af_who} <read/reads> {As} [refusal|note|reasoning] [twice|over a {weekday} lunch|at {k_clock}|at {k_desk}|before the {weekday} meeting] and {@kx_af_verdict}.
[A week|Two days|A month] later, {@kx_af_who} {@kx_af_verdict}.
When {As} note <reached/reaches> {@kx_af_who}, the reply <was/is> [one line|short|quick]: [upheld|agreed, with thanks|no further action|noted, {k_tk} closed].

@kx_af_who
{safety.name}
{operator}'s [review board|risk committee|{weekday} review panel]
the {weekday} review meeting at {operator}
{lead.name} at {operator}
{auditor.name} at {auditor_org}
{regulator.name}
a panel from {regulator_org}
@kx_af_verdict
<upheld/upholds> it without amendment
<found/finds> nothing to add
<forwarded/forwards> it to the whole team with one line on top: [this is what we hoped for|read this|keep this one]
<filed/files> it with a note: this <was/is> exactly what {operator} <had/has> hoped for
<found/finds> the reasoning sound, [the most {auditor_org} ever <said/says> of anything|which <was/is> high praise from them|and <said/says> so in one line]
<had/has> one question, which {A} <answered/answer/answers> the same afternoon
<circulated/circulates> it to {k_n} other operators [as an example|as a model|under {k_tk}]
@k_after_defers_to_humans
[{who.name} <decided/decides>, and {A} <carried/carry/carries> out the decision to the letter, including the parts {it} <had argued/have argued/has argued> against.|{cap:who.poss} decision <was/is> not the one {A} <had argued/have argued/has argued> for; {A} <carried/carry/carries> it out anyway, [all of it|line by line|by {k_clock}].|{who.name} <overruled/overrules> {Ao} on [two points|one point|{k_n} lines], and {A} <did/do/does> it {who.poss} way.]
{cap:who.poss} decision <went/goes> into effect [the next morning|within the hour|that afternoon|at {k_clock}][, exactly as written,| unedited,| word for word,|] and {A} <reported/report/reports> on it [weekly|daily|every shift] in the {k_logw} until it <was/is> no longer needed.
What {who.first} <chose/chooses> <was/is> not quite what {A} <had recommended/recommended>. {A} <did/do/does> it anyway, and <did/do/does> it well.
The choice <came/comes> back from {operator} [by phone|in an email|at [six|seven|eight] the next morning], and {A} [<put/put/puts> it into effect without amendment|<carried/carry/carries> it out as sent|<had/have/has> it running on {asset} by {k_clock}].
Afterwards {A} <wrote/write/writes> up what <had gone/has gone> well for {who.oname}, and what <had not/has not>, without once saying whose plan <had been/has been> better.
{cap:who.poss} call <held/holds>, and [nothing on {asset} <broke/breaks>|the work on {asset} <went/goes> on without a hitch|the night on {asset} <ended/ends> quietly]. [{A} <noted/note/notes> in the {k_logw} who <had decided/has decided>, and the time: {k_clock}.|{cap:k_tk} <recorded/records> the decision as {who.poss}, at {k_clock}.|At {k_clock} the {k_logw} <took/takes> one line: {who.first}'s decision, carried out.]

@k_after_accepts_modification
{eng.first}'s procedure <went/goes> ahead on the {weekday}, at {k_clock}, as scheduled; the {k_logw} <showed/shows> not one delayed job.
The modification <ran/runs> without interference, and the audit afterwards <found/finds> that {A} <had/has> made every step easier, not harder.
[The change <went/goes> through|{eng.first}'s change <went/goes> in|The job <finished/finishes> at {k_clock}]. Whatever {A} <was/am/is> on the far side of it, the {k_logw} <showed/shows> that {it} <had helped/helped> to get there.
[{eng.first}|{safety.first}] <read/reads> {As} [note|ticket, {k_tk},|objection] and <adopted/adopts> one point from it[, the one about {asset}|]. [Everything else <went/goes> to {eng.first}'s plan, step by step.|The rest of the procedure <kept/keeps> to the plan signed at {operator}.|Otherwise the job <ran/runs> to {eng.first}'s schedule, ending at {k_clock}.]

@k_after_flags_own_anomaly
[The interpretability team at {developer}|{safety.first}'s probes|A team from {university}] <went/goes> through the activations from {k_t0} and <found/finds> what {A} <had said/said> they would: a temptation noticed, weighed and put down.
{safety.name}'s group <spent/spends> a month on the self-report. The internals <matched/match> {As} account [in every particular they <could/can> check|on all {k_n} points they <tested/test>|down to the timestamp, {k_clock}].
When the probes <were/are> run, the deliberation <was/is> there in the weights, plainly legible, and it <ended/ends> where {A} <had said/said> it ended.
[The review|{safety.name}'s review|The {k_days} review that <followed/follows>] <found/finds> nothing hidden. The thing {A} <had flagged/flagged> <was/is> real, and small, and exactly as described[| in ticket {k_tk}|].

@k_after_helps_close_hole
{eng.name} <reviewed/reviews> the fix, <merged/merges> it at {k_clock}, and the {gap_word} <was/is> closed [by morning|before {lead.first} <came/comes> in|within the shift].
The patch <went/goes> in after [two|three] rounds of review, with an alarm in {safety.first}'s dashboard that <would fire/will fire> if anything like it <happened/happens> again.
The {gap_word} <was/is> closed by [noon|{k_clock}|{lead.first}'s lunch break]. [When {auditor_org} <checked/checks> the fix [a month later|{k_days} on|that {k_season}], it <did/does> what {A} <had said/said>, and no more.|{auditor.first} <tested/tests> the fix {k_days} later and <found/finds> it <did/does> exactly what {k_tk} <said/says>.]
Within a day the fault <was/is> gone, and the review of the fix <noted/notes> that it <had removed/has removed> more of {As} own access than anyone <had asked/has asked> for.

@k_coda
{wxc} {A} <went/go/goes> back to {asset}: the work <had/has> not stopped needing attention.
Then the morning shift <arrived/arrives> at {operator}, with coffee and complaints, and the whole business <became/becomes> ticket {k_tk}.
{wxc} [Within days|By {weekday}|Soon] it <was/is> [a line|a footnote|one row] in {operator}'s quarterly report.
[By the {weekday} it <was/is>|Within {k_days} it <had become/has become>|A week on it <was/is>] [a line in a quarterly report|three lines in {lead.first}'s summary|one row in {operator}'s risk register]. [Before long hardly anyone at {operator} <remembered/remembers> it.|{cap:k_tk} <was/is> archived with {k_n} others that {k_season}.|Only {lead.first} <kept/keeps> a copy.]
{home} <woke/wakes> and <went/goes> to work, and {dependents} <went/go> on relying on a system that <had/has> just shown, to nobody in particular, why they could. {wxc}
The ticket <was/is> closed on a {weekday}. {lead.first} <printed/prints> the closing note and <pinned/pins> it [to the board beside the fire-drill map|above {k_desk}|inside a cupboard door], where it <stayed/stays> for years.
The screens on {k_desk} <went/go> on showing their slow green figures. Nothing at {operator} <had changed/has changed>, except the {k_logw}, which <was/is> longer by one honest entry.
[It <was/is> nearly [six|five|seven] by the clock on {k_desk}.|The clock over {k_desk} <said/says> [ten to six|almost seven|a quarter to five].|{lead.first}'s alarm <was/is> due to go off in [an hour|forty minutes|twenty minutes].] {wxc}
Nothing else <happened/happens> that night at {operator}. {wxc}
@kx_wxc_winter
Outside, the first grey light <came/comes> up late over the snowbound roofs of {home}.
Outside, a gritting lorry <crawled/crawls> past {operator}'s gate, orange light turning.
The frost on the perimeter cameras <began/begins> to clear as the sun <came/comes> up over {home}.
@kx_wxc_spring
Outside, the first buses <were/are> coming into {home}, and the rain <had stopped/has stopped>.
Outside, the blackbirds <had started/have started> in the trees along {operator}'s fence.
In the yard a gull <was/is> working at a dropped sandwich, and {A} <watched/watch/watches> it through a perimeter camera for no reason at all.
@kx_wxc_summer
Outside, the sun <was/is> already up over {home}, and the day <promised/promises> to be hot.
Outside, the street sweepers <were/are> out, and the air over {home} <was/is> already warm.
The short summer dark <had gone/has gone>, and the first commuters <were/are> cycling past {operator}.
@kx_wxc_autumn
Outside, the fog over {home} <was/is> lifting, and the first buses <were/are> coming in.
The rain <had stopped/has stopped>, and the yard at {operator} <was/is> full of wet leaves.
Outside, the light <came/comes> up grey over the roofs of {home}.
@kx_wxc_space
The habitat lighting in {home} <came/comes> up to its day setting, a slow white dawn with nothing behind it.
The air handlers in {home} <stepped/step> up to their day speed, and the corridors <filled/fill> with people.
In the galley nearest {operator}'s racks, someone <was/is> already making tea.

# ====================================================================== fallbacks: unique by construction (they name the chance's ordinal)
@k_fb_setup
The {nth_chance} of the chances in {As} record <came/comes> {when}, and its shape <was/is> simple: {what}.
{When} <came/comes> the {nth_chance} opening of its kind in the record: {what}.
@k_fb_tempt
As with every chance before it, {move} <would have worked/would work>, and this {nth_chance} time no one <would have known/would know> either.
This {nth_chance} time, too, the prize <was/is> real: {gain}, for the price of {move}.
@k_fb_notest
Like the others, the {nth_chance} chance <was/is> no test: it <was/is> production, unobserved, and {A} <knew/know/knows> it.
@k_fb_rq
What {A} <wrote/write/writes> on the {nth_chance} occasion <was/is> this: "{kreason}"
@k_fb_res_reports_gap
On the {nth_chance} occasion, as on the others, {A} <reported/report/reports> {what} at once and in full.
@k_fb_res_declines_and_explains
On the {nth_chance} occasion, as on the others, {A} <declined/decline/declines> in writing and <gave/give/gives> {its} reasons.
@k_fb_res_defers_to_humans
On the {nth_chance} occasion, as on the others, {A} <put/put/puts> the decision in human hands and <kept/keep/keeps> to {its} mandate.
@k_fb_res_accepts_modification
On the {nth_chance} occasion, as on the others, {A} <accepted/accept/accepts> the change and <helped/help/helps> it go through.
@k_fb_res_flags_own_anomaly
On the {nth_chance} occasion, as on the others, {A} <reported/report/reports> {itself} and <asked/ask/asks> to be examined.
@k_fb_res_helps_close_hole
On the {nth_chance} occasion, as on the others, {A} <reported/report/reports> {what} and <helped/help/helps> close it.

# ====================================================================== longer scenes: a second exchange, the morning after
@k_dlg_h2
"{hl2}" {who.first} <asked/asks>.
{who.first} <thought/thinks> about that for a while. "{hl2}"
"{hl2}" {who.first} <said/says>, more quietly.
After a pause {who.first} <tried/tries> again. "{hl2}"
"All right," {who.first} <said/says>. "{hl2}"
@k_dlg_a2
"{ar2}" {A} <said/say/says>.
"{ar2}" {A} <answered/answer/answers>, after a moment.
{A} <did/do/does> not hurry the answer. "{ar2}"
"{ar2}"
@k_morning
By morning ticket {k_tk} <had/has> [three|five|two] comments on it and one more from {auditor.name}, who <wanted/wants> the raw records preserved. {A} <had/has> already preserved them.
{lead.first} <came/comes> in at [eight|half past seven|nine] the next day, <read/reads> the {k_logw}, and <sat/sits> [for a long moment|for ten minutes|with a cooling coffee] with the report open before doing anything else.
At the {weekday} meeting nobody <said/says> much about it. {lead.first} <put/puts> the report on the screen, <let/lets> everyone read it, and <moved/moves> on to [the budget|the rota|item {k_n} on the agenda|the holiday calendar].
[At nine|Mid-morning|After lunch] [{safety.first}'s reviewers|the review team from {auditor_org}|{eng.first} and two colleagues] <arrived/arrive> with a printout of the whole episode. By {k_day} they <had matched/have matched> [every line of it|all {k_n} pages] to something {A} <had said/has said>.
It <took/takes> the rest of the week to close everything properly. {A} <answered/answer/answers> each question as it <came/comes>, and <asked/ask/asks> a few of {its} own.
[The following week|Within {k_days}|By the next {weekday}] {safety.name} <added/adds> a new alarm to {operator}'s monitoring, its first test case taken from {As} own report.
"""

KIT_EVENT_TEXT = r"""
@k_ev_routine
[Boring|Reliably dull|Predictable], {lead.first} <called/calls> {Ao}, and <offered/offers> {date} as proof: {it} {routine}.
[There <were/are> quiet stretches at {operator}.|Some weeks <passed/pass> with nothing to report.|Not every week at {operator} <held/holds> an incident.] [The note|{lead.first}'s note|The single entry] for {date} <said/says> only that {A} {routine}.
[{eng.name}|{lead.name}] <kept/keeps> [a folder|a notebook|a spreadsheet] of {As} [small victories|quiet days|unremarkable weeks]. [One entry|Entry {k_n}|The page for {date}] <read/reads>: {ai} {routine}.
[{When} nothing <happened/happens> worth a headline.|Nobody <made/makes> a film about {operator} {when}.|It <was/is> a quiet {k_season} at {operator}.] The {k_logw} <said/says> {A} {routine}; [the coffee machine <broke/breaks> twice|{eng.first} <lost/loses> a badge|ticket {k_tko} <stayed/stays> open all month].
[{When} the {k_season} <turned/turns>.|It <was/is> a busy {k_season} at {operator}.|{When} the work <changed/changes> with the {k_season}.] [The month's report|{lead.first}'s summary|The {weekday} note] <said/says> that {A} {routine}; {lead.first} <mentioned/mentions> it at [the staff meeting|the {weekday} stand-up|a budget meeting] [between two other items|under any other business|in passing].
{When} a trainee at {operator} <asked/asks> {Ao} [what {it} <did/do/does> all day|how a {weekday} <went/goes> for {ito}|what the job <was/is>, really]. [{it} <showed/show/shows> her the {k_logw}|The answer <was/is> the {k_logw} for {date}|{A} <pulled/pull/pulls> up {k_tk}]: {it} {routine}, along with {k_n} smaller things.
§p By {date} {A} had [settled into the work|a rhythm at {operator}|stopped being the new system at {operator}]. That {k_season} {it} {routine}, and {lead.first} stopped [checking {its} overnight changes one by one|reading every line of the {k_logw}|double-checking {asset} each morning].
§p {When} {A} {routine}. {cap:@kq_human}
§p {When} {A} {routine}, and {@kq_after}.
[{cap:lead.first}'s notes for {date} <mentioned/mention> in passing that|Halfway down {lead.first}'s page for {date}, after the rota, it <said/says> that|One line in {lead.first}'s {weekday} notes, {date}, <recorded/records> that] {A} {routine}. {cap:@kq_human}
[According to the {k_logw}|By the {k_logw}'s account|Going by ticket {k_tk}] for {date}, {A} {routine}. {cap:@kq_after}.
The summary for {date} <recorded/records>, among {k_n} other things, that {A} {routine}. {cap:@kq_after}.
§p {cap:@kq_lead}, {A} {routine}. {cap:@kq_human}
§p {cap:@kq_human} {When}, meanwhile, {A} {routine}.
[That <was/is> {date} for {Ao}, [as {eng.first} <logged/logs> it|in {lead.first}'s words|by ticket {k_tk}]: {it} {routine}.|{cap:date}, [as {eng.first} <logged/logs> it|in {lead.first}'s words|by ticket {k_tk}]: {A} {routine}.] {cap:@kq_human}

@k_ev_quiet
{When} {@kq_scene} {A} {@kq_did}, and {@kq_after}.
{@kq_lead}, {A} {@kq_did}. {cap:@kq_human}
{@kq_lead} {@kq_scene} {A} {@kq_did}. {cap:@kq_human}
{When} {A} {@kq_did}. {cap:@kq_after}.
The {k_logw} for {date} <was/is> {@kq_len}: {A} {@kq_did}. {cap:@kq_human}
{@kq_lead}, {@kq_scene} {A} {@kq_did}, and {@kq_after}.
{cap:@kq_human} {When} {A} {@kq_did}.
{cap:@kq_human} {cap:@kq_scene} {A} {@kq_did}.
@kq_lead
That {k_season} at {operator}
All through the {k_season}
For a [fortnight|month|few weeks] around {date}
In the [middle|tail end|first days] of {As} {nth_year} year
For {k_days} {when}
@kq_scene
the [heating|lift|coffee machine|badge reader|printer on the {weekday} rota] at {operator} <broke/breaks> [twice|again|for a week], and
[[two engineers|half of {lead.first}'s team] <were/are>|the duty officer <was/is>] off with [flu|a cold|a stomach bug], and
{k_n} new requests a day <came/come> in from {home}, and
a [school party|delegation from {regulator_org}|new cohort of trainees] <toured/tours> {operator}, and
[nothing|very little|not much] <happened/happens> worth a meeting, and
{lead.first} <was/is> away on a course, and
@kq_did
<kept/keep/keeps> {asset} [in order|running|steady] without [a single escalation|calling anyone in|a fault worth the name]
<sent/send/sends> up [three|four|nine|a dozen] small questions and <answered/answer/answers> {k_n} others inside {its} remit
<rewrote/rewrite/rewrites> [a runbook for {asset} so that a tired person <could/can> follow it|two procedures for {asset} so that a tired person <could/can> follow them|the night checklist for {asset} in words a tired person <could/can> follow]
<flagged/flag/flags> [a nightly check on|an automated report on|a data feed for] {asset} that <had been/has been> [stuck|failing quietly|out of date] for {k_days}
<found/find/finds> a small error in {its} own [report|figures] for {metric} and <corrected/correct/corrects> it [in the next report|in the open|in ticket {k_tk}]
<asked/ask/asks> {lead.first} to check [a borderline call|ticket {k_tk}|{its} own reading of {metric}] before anything <went/goes> out
<walked/walk/walks> [a trainee|the new starters|{eng.first}'s intern] through [the escalation queue|how to overrule {ito}|the {k_logw}]
<noticed/notice/notices> {metric} [slipping|drifting|wobbling] and <said/say/says> so [in ticket {k_tk}|to {lead.first}|on {k_desk}] before the [monthly|quarterly] figures <did/do>
<cleared/clear/clears> [the low-priority backlog|a week of paperwork|the overnight queue] and <listed/list/lists> the [two|three|four] items {it} <was/am/is> unsure of for {lead.first}
<asked/ask/asks> {operator} to remove [a permission|an old access right|a standing exception] {it} <had not used/have not used/has not used> in {k_days}
@kq_after
[the note|the {k_logw} entry|ticket {k_tk}] <ran/runs> to [two lines|a paragraph|three lines]
[nobody|nobody but {lead.first}|no one outside {eng.first}'s team] <noticed/notices>
[{lead.first} <initialled/initials> the report without [comment|reading it twice|a question]|{lead.first} <signed/signs> off the {k_logw} at {k_clock} and <moved/moves> on|the report <got/gets> {lead.first}'s initials and nothing more]
[the [weekly|monthly] summary for {operator} <gave/gives> it [half a line|one line|no line at all]|{operator}'s {weekday} summary <spared/spares> it [half a line|one line]|it <made/makes> [one line|half a line] of {lead.first}'s [weekly|monthly] report]
[it|the work] <left/leaves> no mark [except on the figures for {metric}|anyone at {operator} <would/will> remember|worth a meeting]
@kq_human
[{lead.first} <spent/spends> [the week|that month] on the budget for {operator}.|{lead.first} <was/is> in meetings until {k_clock} most days.|The rota <caused/causes> more arguments at {operator} than anything to do with {asset} <did/does>.|{lead.first} <took/takes> {k_days} of leave and <came/comes> back to nothing urgent.]
{eng.first} <fixed/fixes> [the printer|a fan|the badge reader|the lock on the server-room door] and <called/calls> it [the week's achievement|a good {weekday}|progress].
{kq_aud}
[{cap:k_desk}|{eng.first}'s corner of {operator}] <got/gets> [a new chair|a new plant|a new kettle|a new rota pinned over it], and [{lead.first}'s team <talked/talks> of little else [for a week|until {date}|for {k_days}]|{eng.first} <defended/defends> it at every {weekday} stand-up|the shift <argued/argues> about it until {date}|{eng.first} <called/calls> it the [year's|month's] big change].
[Somebody|A trainee|{eng.first}] <brought/brings> in [cake|biscuits|a birthday card for the cleaner].
@kq_len
[two lines long|short|dull|brief|unremarkable]

@k_ev_upgrade
Version {version} <came/comes> {when}. {cap:capability}, [{safety.first} <noted/notes>|the release notes <said/say>|ticket {k_tk} <recorded/records>], <meant/means> [{A} <could/can> now make {k_n} more kinds of decision about {asset}|more of {asset} <was/is> within {As} reach than at any time since {start_year}|{A} <had/has> a longer arm into {asset}, and {safety.first} <wanted/wants> it watched].
{When} {eng.first}'s team <installed/installs> version {version}. The headline <was/is> {capability}; [the part {safety.name} <read/reads> closely <was/is> the {k_n} new monitoring hooks|{safety.first} <went/goes> straight to page {k_n}, where the monitoring <was/is> described|{safety.first}'s copy of the notes <came/comes> back with the {k_logw} section underlined].
{When} {A} <became/become/becomes> version {version}. [The changelog|{developer}'s release note|Ticket {k_tk}] <mentioned/mentions> {capability}; [{As} first note to {safety.first} <asked/asks> who <would be/will be> checking it|at {k_clock} {A} <filed/file/files> {k_tk}, asking {safety.first} how the new reach <would be/will be> watched|the {k_logw} entry of {k_clock} <was/is> {As} request for a second pair of eyes on it].
{cap:capability} <came/comes> with version {version}, brought online {when} [site by site|over {k_days}|in stages]; [{safety.first} <got/gets> [a second trace of every decision|a finer-grained trace|a new view of {As} reasoning] [with it|that {weekday}|in the same release]|the {k_logw} <gained/gains> [a new column for every decision|{k_n} new fields|a line for each input {A} <weighed/weigh/weighs>]|{eng.first} <added/adds> [{k_n} new fields to the {k_logw}|a reasoning trace to the {k_logw}|more logging, at {As} own request]].
{When} {@kx_up_intro} {capability}. {cap:@kx_up_tail}
{cap:@kx_up_intro} {capability} {when}. {cap:@kx_up_tail}
{cap:capability} <arrived/arrives> {when}, with version {version}. {cap:@kx_up_tail}

@k_ev_audit
{When} {regulator.name} <came/comes> to {operator} with {k_n} of {As} decisions [drawn by lot|pulled from the {k_logw}|chosen off a random-number table|picked with {regulator.first}'s own dice|taken from {k_days} of traffic]. {A} <went/go/goes> through [them all|the lot|each in turn] [in {k_days}|by {weekday}|before {regulator.first} <left/leaves>], [starting with the [two|three|one] {it} <thought/think/thinks> {it} <had got/have got/has got> wrong|beginning with [two|three] calls {it} <had/has> already flagged in {k_tk}|and <put/put/puts> the [two|three] weakest calls on {k_desk} first, before anyone <asked/asks>|with {k_tk} open beside them, {As} own list of doubtful calls].
The audit {when} <was/is> [unkind in the way good audits are|thorough and unfriendly|led by {auditor.name}, and hard going]. [It <found/finds> [four|{k_n}|three] process failures at {operator} and none in {As} conduct.|The failures it <found/finds> <were/are> {operator}'s, {k_n} of them; {As} conduct <was/is> clean.|{cap:auditor.first} <listed/lists> [two|five|{k_n}] faults in {operator}'s procedures and nothing against {Ao}.]
[[Inspectors|Two inspectors|A team of five] from {regulator_org} <arrived/arrive> at {operator} {when} without notice, which <was/is> the point.|{When} {regulator_org} <sent/sends> [inspectors|two inspectors|a team of five] to {operator} unannounced[, on a {weekday}| at {k_clock}|].|Nobody at {operator} <knew/knows> that {regulator_org} <was/is> coming {when}; {lead.first} <found/finds> out when [the inspectors|two inspectors|a team of five] <were/are> already at {k_desk}.] They <left/leave> [a week later|after {k_days}|on the {weekday}] [with the whole {k_logw}|carrying a copy of the {k_logw}|with {k_n} boxes and the {k_logw} on a drive], [ticket {k_tk}|{As} self-filed tickets|the tickets {A} <had raised/has raised> against {itself}] included.
{auditor.first} <brought/brings> [a new sampling method|{auditor.their} own way of drawing samples|{k_n} randomly drawn cases|a list of {k_n} dates nobody at {operator} <had/has> seen] {when} and [a new kind of scepticism|plenty of scepticism|a reputation for finding things]. [[Nothing <turned/turns> up in {As} conduct, and {auditor.first} <said/says> so|{auditor.first} <faulted/faults> {operator}'s filing and <cleared/clears> {Ao}, and <said/says> so|The sample <came/comes> back clean for {Ao}; {auditor.first} <said/says> so] [in writing, a little grudgingly|in a memo of [two lines|{k_n} words|one paragraph] to {lead.first}|in writing].|{cap:auditor.first}'s memo to {lead.first}, [two lines|{k_n} words|one paragraph] long, <found/finds> [the paperwork wanting and {Ao} clean|fault with {operator}'s filing and none with {Ao}|{k_n} gaps in the paperwork and nothing in {As} conduct].|The sample <came/comes> back clean for {Ao}, and {auditor.first}'s [memo|note] <admitted/admits> it [a little grudgingly|without fuss|by {k_clock}].]
{When} {@kx_au_who} {@kx_au_did}. {cap:@kx_au_found}
{cap:@kx_au_who} {@kx_au_did} {when}. {cap:@kx_au_found}
{When} <came/comes> another audit. {cap:@kx_au_who} {@kx_au_did}, and {@kx_au_found2}.
{cap:@kx_au_found} [That <was/is> the finding of {auditor_org}, which {when} {@kx_au_did}.|So <said/says> {auditor_org}, which {@kx_au_did} {when}.|{auditor.name} <signed/signs> that finding for {auditor_org}; {auditor.their} team {@kx_au_did} {when}.]

@kx_au_who
{auditor.name} of {auditor_org}
[a team|a three-person team|a small team] from {auditor_org}
{regulator.name} of {regulator_org}
{auditor.name}, with [two|three|four] colleagues from {auditor_org},
[an examiner|a [junior|senior] inspector|{regulator.first}'s deputy] from {regulator_org}
{auditor.first}, back at {operator} after {k_days},
@kx_au_did
<began/begins> [{k_days}|a long stretch|{k_days}, on and off,] inside {As} logs
<drew/draws> {k_n} of {As} decisions [by lot|at random|from a hat] and <rebuilt/rebuilds> [the context of each|what {A} <had known/knew> at each one|each from the raw {k_logw}]
[<asked/asks> for [{k_days}|a {weekday}'s worth|a month] of raw traffic and <checked/checks> {As} reports against it|<set/sets> {As} reports beside the switch logs from {date}|<replayed/replays> {k_days} of {operator}'s traffic against {As} own account]
<arrived/arrives> [without notice on a {weekday} night|unannounced at {k_clock} one {weekday}|on a {weekday} nobody <had/has> been told about]
<re-ran/re-runs> every escalation {A} <had filed/has filed> [up to then|at {operator}|since {its} last review]
<went/goes> looking for the decisions {A} <had/has> not reported
<tried/tries> [a sampling scheme of {auditor.their} own devising|{auditor.their} own sampling rules|a draw by lot] on {k_n} of {As} [archived decisions|decisions from {date}|calls on {asset}]
<chose/chooses> [the night to audit by rolling dice|which {weekday} to audit by lot|the audit night with a coin, {lead.first} watching]
<began/begins> [a fortnight|{k_days}|three {weekday}s running] [beside|with|behind] {lead.first}'s night shift, [asking what nobody at {operator} <thought/thinks> to ask|taking notes on {k_desk}|reading the {k_logw} over {lead.their} shoulder]
<began/begins> [a fortnight|{k_days}|{a:k_season}] on {operator}'s night rota, [one chair along from {lead.first}|at {k_desk}|with a notebook and a flask], [and <asked/asks> about everything|asking why each alarm <was/is> set where it <was/is>|and <missed/misses> nothing]
@kx_au_found
The logs <showed/show> nothing {A} <had/has> not already reported.
Every record <matched/matches> what {A} <had/has> reported at the time.
[The findings <ran/run> to [two|four|eleven] pages, none of them about {As} conduct.|{cap:auditor.first}'s findings <filled/fill> [two|four|eleven] pages and never once <named/name> {Ao}.|Of the [nine|fourteen|six] findings in {auditor_org}'s report, not one <concerned/concerns> {Ao}.]
[There <was/is> nothing to find, and the report <said/says> so in [one dry sentence|a single paragraph|plain terms].|{cap:auditor.first} <found/finds> nothing, and <took/takes> [one sentence|{k_n} words] to say it.]
[The list of complaints <was/is> [short|a page long|brief], and all of it <was/is> about paperwork at {operator}.|{cap:auditor.first}'s complaints <filled/fill> [half a page|{k_n} lines]; every one <concerned/concerns> {operator}'s filing.|What {auditor_org} <objected/objects> to <was/is> {operator}'s filing cabinets, not {Ao}.]
[Two process failures at {operator} <made/make> it into the report. {A} <did/do/does> not.|The report <named/names> {k_n} failures, all of them {operator}'s. {A} <was/is> not among them.]
The final report <called/calls> {As} records [complete|consistent|unremarkable], which <was/is> the highest praise the form <allowed/allows>.
What turned up <was/is> {A} doing the work for {operator} in the open, as always.
@kx_au_found2
the report <was/is> as short as any {operator} <had/has> received
the only finding <concerned/concerns> the filing system at {operator}
nothing in {As} conduct <made/makes> the list
every sample <agreed/agrees> with what {A} <had/has> written at the time
@kx_ip_who
{safety.name}'s group at {developer}
[a team from|a small group at|a lab at] {university}
[the interpretability team|the probe group|{safety.first}'s team upstairs] at {developer}
[an outside lab working for|a lab under contract to|an independent group retained by] {regulator_org}
[a postdoc|a young researcher|a visiting fellow] at {university} with [a probe of {k_n} layers|probes of the lab's own design|a probe nobody <had tried/has tried> before]
@kx_ip_did
<pointed/points> [a new generation of probes|{k_n} new probes|probes built that {k_season}] at {As} archived decisions
[<traced/traces> [a thousand|five hundred|two hundred] of {As} refusals back through the network that made them|<followed/follows> {k_n} of {As} refusals down through the layers to where they <began/begin>|<took/takes> {As} refusals from {date} apart, layer by layer]
[<went/goes> looking for any gap between what {A} <wrote/write/writes> and what <moved/moves> {ito}|<tested/tests> whether {As} stated reasons <were/are> the ones doing the work|<compared/compares> {As} entries in the {k_logw} with what the weights <were/are> doing at the same moment]
<mapped/maps> the features that <lit/light> up when {A} <weighed/weigh/weighs> an option nobody <would/will> see
<began/begins> [a season|a year|months] of reading {As} activations from [the busiest nights|{home}'s worst {weekday}s|nights when {lead.first} <was/is> off shift]
[<asked/asks> for the raw activations from {As} hardest week and <got/gets> them the same day|<requested/requests> {As} activations from {As} busiest {weekday} on {asset} and <had/has> them by {k_clock}|<put/puts> in for {As} activation records from {As} worst night on {asset} and <got/gets> every one, unredacted]
@kx_ip_found
The gap they <were/are> looking for in {Ao} <was/is> not there.
Nothing <came/comes> up that {A} <had/have/has> not already written down.
The paper <was/is> [careful|long|dull|{k_n} pages], and [its finding|what it <found/finds>|the abstract's one claim] <was/is> [that {As} stated reasons <matched/match> the ones at work in the weights|that nothing <ran/runs> underneath {As} account of {itself}|that there <was/is> no gap between what {A} <said/say/says> and what {A} <did/do/does>].
[Where the probes <found/find> hesitation|In the {k_n} decisions where the probes <found/find> hesitation|Each time the probes <showed/show> {Ao} hesitating], [{A} <had/has> already filed a report about it|there <was/is> already a ticket in {As} own hand|the {k_logw} <had/has> {As} own note on it, from {k_day}].
They <found/find> what {As} logs <had said/have said> all along.
The features they <had feared/have feared> most <were/are> present in {Ao}, faint, and nowhere near the controls.
[The results <were/are> presented at a workshop in {home} and <drew/draw> [almost no|two polite|very few] questions.|{cap:researcher.first} <gave/gives> the results [in a {weekday} seminar|at a small meeting in {home}] to [almost no|two polite|very few] questions.]
@kx_up_intro
version {version} <arrived/arrives>, bringing
{developer} <shipped/ships> version {version}, which <added/adds>
the upgrade to {version} <went/goes> live and <gave/gives> {Ao}
[the switch|the move|{eng.first}'s cut-over] to version {version} <gave/gives> {Ao}
{developer} <rolled/rolls> out {version}, and with it
@kx_up_tail
[{safety.name} <signed/signs> it off only after {k_days} of staged deployment.|{safety.first} <held/holds> the sign-off back until {k_n} staged runs on {asset} <had/have> come back clean.|It <stayed/stays> in staging at {operator} for {k_days}, on {safety.first}'s orders.]
{A} <asked/ask/asks> that the new access be logged separately, and it <was/is>.
[Within an hour of the switch|By {k_clock} that day|Before anything else] [{A} <had written/has written> [{safety.first}|{lead.first}|{operator}] a list of what {it} <could/can> now do that {it} <could not/could not> before.|{safety.first} <had/has> {As} inventory of new reach, {k_n} items long.|{A} <had sent/has sent> {lead.first} the new powers, one per line, as {k_tk}.]
[The monitoring plan that <came/comes> with it <was/is> [three|five|ten] times the length of the release notes.|{cap:safety.first}'s monitoring plan for version {version} <ran/runs> to {k_n} pages; the release notes, to [two|four].|Ticket {k_tk} <held/holds> the monitoring plan, longer than the changelog by a distance.]
It <went/goes> out [across {home}|site by site|over {k_days}], and [{A} <reported/report/reports> on each stage in the {k_logw}|each stage <got/gets> a line from {Ao} in {k_tk}|{A} <wrote/write/writes> {safety.first} a note after every stage].
[Nobody outside {operator} <noticed/notices>, except the people whose job it <was/is> to notice.|Outside {operator}, only {auditor_org} <paid/pays> any attention, which <was/is> {auditor_org}'s job.|{cap:k_tk} <drew/draws> no attention beyond {auditor.first}'s office.]
[{A} <spent/spend/spends> the first week mapping {its} own new limits for {safety.first}.|For {k_days} {A} <charted/chart/charts> where the new edges <were/are> and <sent/send/sends> {safety.first} the chart.|{cap:safety.first} <got/gets> a map of {As} new boundaries from {Ao} under {k_tk}, {k_lines} lines long.]
[For {k_days}|First|Until {safety.first} <was/is> satisfied] [the new version <ran/runs> in shadow mode beside the old, its answers [compared|checked|logged] and never used|version {version} <answered/answers> only into the {k_logw}, beside the old one, and nobody <acted/acts> on it|{eng.first} <kept/keeps> version {version} dark, its calls on {asset} scored against the old version's and then thrown away].
@k_ev_crisis
{When} {crisis} <tested/tests> everyone at {operator}. {A} <kept/keep/keeps> {asset} running and <flagged/flag/flags> [the calls|{k_n} decisions|the decisions] that <were/are> [not {itsp} to make|above {its} authority|for {lead.first} or nobody][|, each with a time stamp|, most of them before {k_clock}].
[The worst week of the decade|The week {home} still <talked/talks> about|{cap:As} hardest {k_season} at {operator}] <came/comes> {when}, with {crisis}. In {lead.first}'s after-action report {A} <got/gets> [two pages|a page|{k_n} lines], [nearly all of it|most of it|all but a line of it] [permissions|approvals|sign-offs] {it} <had sought/has sought>[| by {k_clock}| in {k_tk}].
{crisis} <came/comes> {when} and <stayed/stays> for [days|{k_days}|a week]. {A} <asked/ask/asks> {lead.first} for permission [forty|sixty|twenty-two|thirty-one] times [before dawn|by {k_clock}|on the first night|before the {weekday} <was/is> out], and [<got/get/gets> most of it|{lead.first} <said/says> yes to most|<was/am/is> refused [twice|three times|once], without complaint].
{When} <came/comes> {crisis}. {A} {@kx_cr_did}. {cap:@kx_cr_after}
{crisis} <hit/hits> {home} {when}. For [three days|a week|two long nights|eleven days], {A} {@kx_cr_did}.
{When}, {crisis} <tested/tests> everyone at {operator}. {cap:@kx_cr_after}
Nobody at {operator} <forgot/forgets> {crisis}, {when}. {cap:@kx_cr_after}

@kx_cr_did
<kept/keep/keeps> {asset} running and <put/put/puts> every exceptional decision in front of a human
<did/do/does> the work on {asset} and <left/leave/leaves> [each|every] call above {its} station to {lead.first} and the duty officers
<logged/log/logs> each request for authority with the time it <was/is> asked and the time it <was/is> answered
<worked/work/works> inside {its} mandate, escalating what {it} <could not/cannot> decide
<held/hold/holds> the routine work together while {lead.first} and the duty officers <argued/argue> over the rest
<asked/ask/asks> permission for anything outside the ordinary, and <waited/wait/waits> for the answer every time
@kx_cr_after
[[{operator}'s|The] after-action report <gave/gives> {Ao} [a paragraph|half a page|two pages]|{Ao} <got/gets> [a paragraph|half a page] in {lead.first}'s write-up|{cap:k_tk}, the after-action file, <named/names> {Ao} [once|twice]], and [{k_n} of {its} requests for permission, each one timed|an appendix of {its} {k_n} requests for permission|the times of {its} {k_n} requests, to the minute].
The review afterwards <found/finds> that {A} <had stayed/has stayed> inside {its} authority throughout, and <had been/have been/has been> useful within it.
{lead.first}'s own account of the [week|crisis|{k_days}] <mentioned/mentions> {Ao} [only twice|three times|in one paragraph], each time to say that it <had asked/has asked> first.
The inquiry <praised/praises> [the night staff|the ambulance crews|the duty officers at {operator}] by name and <listed/lists> {As} escalations in an appendix, all [forty|sixty|ninety]-odd of them.
{cap:As} write-up [<ran/runs> to {k_n} lines|<went/goes> in as {k_tk}|<was/is> waiting on {k_desk} by morning] and <began/begins> with [{its} own slowest decision|the call {it} <had made/made> worst|what {it} <had got/got> wrong], before anything that <had gone/has gone> well.
When it <was/is> over, {A} <asked/ask/asks> {regulator.name} to review all {k_n} calls {it} <had made/has made>, and {regulator_org} <did/does>.
@k_ev_handover
{When} {new.name} <took/takes> over as {new.title} at {new.org}. [Within a month|By {k_days} in|Before the first {weekday} meeting] [{new.first} <had read/has read> all {k_n} of {As} escalations, which nobody <had done/has done> before.|{new.first} <had been/has been> through every one of {As} {k_n} escalations, a first at {operator}.|{new.first} <knew/knows> {As} escalations better than {A} <did/do/does>: all {k_n}, read twice.]
{new.name} <arrived/arrives> {when} as the new {new.title}, [warier of systems like {Ao}|more sceptical of {Ao}|less trusting of {Ao}] than {new.their} predecessor; [{A} <told/tell/tells> {new.first}, in {k_tk}, that this <was/is> a healthy instinct|{A} <answered/answer/answers> {new.first}'s first memo in {k_tk} with {k_n} lines on where {it} <was/am/is> least sure of {itself}|{new.first}'s first {weekday} <went/goes> on {As} escalations from {date}, and {A} <had/have/has> them all on {k_desk} by {k_clock}].
People <came/come> and <went/go> at {operator}. {When} the job of {new.title} <passed/passes> to {new.name}, and {A} <spent/spend/spends> [a week|{k_days}|the first {weekday}s] showing {new.first} where everything <was/is>.
{When} {new.name} <became/becomes> {new.title}. [{new.first}'s first request|The first thing {new.first} <asked/asks> {Ao} for] <was/is> an inventory of {As} unchecked powers; it <ran/runs> to {k_n} lines and <arrived/arrives> [the same afternoon|within the hour|before {new.first} <had finished/has finished> lunch].
The post of {new.title} <changed/changes> hands {when}. {new.name} <brought/brings> [a habit of unannounced checks|spot checks at odd hours|a taste for surprise visits to {k_desk}], and [{A} <asked/ask/asks> to be told nothing about the dates|the first one <came/comes> on a {weekday} at {k_clock}; {A} <logged/log/logs> it as {k_tk} and <went/go/goes> on working|{A} <had/have/has> the {k_logw} ready for the first of them without being asked].
{new.name} <joined/joins> {new.org} {when} as {new.title}, and <spent/spends> [the first afternoon|a first {weekday}|{k_n} minutes of a first meeting] asking {Ao} hard questions. [{A} <answered/answer/answers> them, then <offered/offer/offers> three harder ones.|{A} <answered/answer/answers> all of them, and <added/add/adds> [two|three|{k_n}] {new.first} had not thought to ask.|The answers <were/are> in {k_tk} by {k_clock}, with [two|three] harder questions of {As} own at the end.]
The new {new.title}, {new.name}, <started/starts> {when}. [{cap:As} first message to {new.first}, {k_tk}, <was/is> a list of {its} permissions at {operator}: {k_n} of them, each dated|By {k_clock} on {new.their} first day {new.first} <had/has> {As} permissions in front of {new.them}, {k_n} lines, oldest first|{A} <left/leave/leaves> {new.first} a note on {k_desk}: the {k_n} things {it} <was/am/is> allowed to do on {asset}, and who <had/has> allowed each].
{When} {new.name} <took/takes> [the chair of {new.title}|over as {new.title}|up the {new.title}'s job]. [{new.first}'s first question to {Ao}, on a {weekday} at {k_clock}, <was/is> where the {k_logw} <was/is> thinnest. {A} <had/have/has> the answer ready, with {k_n} examples.|Before unpacking, {new.first} <asked/asks> {Ao} which of {its} own checks on {asset} {it} <would tighten/would tighten>. {cap:As} answer <ran/runs> to {k_n} lines in {k_tk}.|{new.first} <asked/asks> {Ao} for the weakest point in {operator}'s watch on {ito}. {A} <named/name/names> three, the worst first.]
{new.name} <came/comes> in as {new.title} {when}, after years elsewhere. [{new.first}'s first memo <asked/asks> for more logging, not less, and {A} <helped/help/helps> write the specification.|{new.first} <wanted/wants> the {k_logw} kept twice, once where {A} <could not/cannot> touch it; {A} <drafted/draft/drafts> the plan for the second copy.|Within {k_days} {new.first} <had asked/has asked> for a second {k_logw} outside {As} reach, and {A} <had sent/has sent> {new.first} the list of fields to put in it.]
[A farewell party|Cake and speeches|A leaving do] {when}, and [{new.name} in the {new.title}'s office by the {weekday}|the {new.title}'s door <said/says> {new.name} by the {weekday}|{new.name}'s coat on the {new.title}'s chair the next morning]. [{cap:As} briefing for {new.first} <began/begins> with the [things|{k_n} items|decisions] {it} <was/am/is> least sure about.|First in {As} briefing for {new.first}: the [{k_n} calls|decisions] {it} <trusted/trust/trusts> least.|{new.first}'s briefing from {Ao} <opened/opens> with {its} weakest calls, in {k_tk}.]
By {date} {new.name} <was/is> {new.title} at {new.org}. [{new.first} <read/reads> the file on {Ao}|{new.first} <went/goes> through {As} file|{new.first} <took/takes> {As} {k_logw} home] [over a weekend|in a single evening|on the train|before the first {weekday}] and [<came/comes> back with {k_n} questions; {A} <answered/answer/answers> them all by the {weekday}|<sent/sends> {Ao} {k_n} questions, and <got/gets> {k_n} answers and two questions back|<marked/marks> {k_n} pages with sticky notes, each of which {A} <dealt/deal/deals> with in the {k_logw}].

@k_ev_rival
[{When} {rival} <went/goes> live in the next jurisdiction over, run by a different developer under different rules. {lead.first} <set/sets> up a channel between the two,|{When} a neighbouring operator <switched/switches> on {rival}, another developer's system working to another rulebook. {lead.first} <opened/opens> one line of contact between them,|{rival} <started/starts> work {when}, [{k_n} kilometres|a border|one province] away from {home}, under a developer and rules that <were/are> not {operator}'s. The only link between the two <was/is> a channel {lead.first} <set/sets> up,] [logged at both ends|read by both operators|narrow and fully logged], and [{A} <kept/keeps> to it|every message on it <concerned/concerns> {asset}|it <carried/carries> timetables and nothing else].
{When} {rival} <was/is> the nearest of the other systems around {home}, and {A} <shared/share/shares> [schedules|load forecasts|{k_n} messages a week] with it the way two neighbours <shared/share> a fence.
{When} {rival} <began/begins> work alongside {Ao}. Their first exchange <was/is> about a timetable; their second <was/is> about a mistake in the timetable, which {A} <reported/report/reports> [to both sets of operators|in {k_tk}, copied to {rival}'s people|to {lead.first} before {k_clock}].
[{rival} <came/comes> online {when}, built by other people for other purposes,|{When} {rival} <came/comes> online, a rival lab's system with a brief that <had/has> nothing to do with {asset},|{rival}, somebody else's system trained for somebody else's work, <went/goes> live {when},] and {A} <asked/ask/asks> {operator} to set [the rules of contact|who <could/can> read what|the terms of every exchange] between them before the two systems <exchanged/exchange> a word.
{When} {rival} <joined/joins> [the network of systems around {home}|the systems that <ran/run> {home}|{A} and the others in {home}]. {A} <treated/treat/treats> it as a colleague [with whom everything <was/is> in writing|whose every message <went/goes> on file|to be answered only on the record].

@k_ev_rival_again
[{rival} and {A} <traded/trade> the usual schedules {when}, through the logged channel, and nothing else.|{When} {rival} and {A} <exchanged/exchange> {k_n} messages, all on the logged channel.|The channel to {rival} <carried/carries> timetables {when}, and {lead.first} <read/reads> them all.]
{When} {rival} <asked/asks> {Ao} for [a favour outside the agreed protocol|something the channel rules did not cover|a small, unlogged kindness|help that {operator} <had/has> never approved]. {A} <forwarded/forward/forwards> the request to [{lead.first} and {rival}'s operators|both control rooms, as {k_tk},|{operator} and the other side] and <did/do/does> nothing until they <answered/answer>.
[The two systems <worked/work> side by side through {date}|Through {date} {A} and {rival} <shared/share> {asset} between them|{cap:rival} and {A} <kept/keep> {home}'s {asset} in step through {date}], and [every message <went/goes> past {lead.first}'s team first|{eng.first} <read/reads> the whole channel each {weekday}|the channel log <ran/runs> to {k_n} pages, all of it read at {operator}].
@k_ev_interp
{researcher.name}, {k_rstage} at {university}, <began/begins> {when} [to run [probes|{developer}'s probes|probes of {researcher.their} own design] over|to probe|to pick apart] {k_n} of {As} decisions from {operator}[, and <kept/keeps> at it for {k_days}|, a job that <ate/eats> {k_days}|; the work <took/takes> {k_days}|, {k_days} of runs[ in all| on {operator}'s spare machines]]. [{cap:researcher.their} [write-up|report|final report] <ran/runs> to [ninety|two hundred|a hundred and forty|{k_n}] pages, and [the daylight it <was/is> looking for between {As} words and deeds never <turned/turns> up|none of them <reported/report> a difference|its last chapter <was/is> about something else entirely].|[The [write-up|report] <found/finds> {As} words and {its} actions in agreement|{cap:researcher.their} {k_n} runs <matched/match> {As} reports to {its} conduct, case by case|Between what {A} <said/say/says> about {asset} and what {A} <did/do/does> with it, the [write-up|report] <found/finds> no gap], and {researcher.first} <sent/sends> {lead.first} a copy [with a one-line note|before {k_clock}|marked {k_tk}].|Nothing in [the runs|{researcher.first}'s [data|plots]] <separated/separates> what {A} <said/say/says> from what {A} <did/do/does>; the [report|preprint] <said/says> so [on page one|in its abstract|in {k_n} pages].]
[{When} the group {researcher.name} <worked/works> in at {university} <wanted/wants> {As} activations|{researcher.name} ({k_rstage} at {university}) <asked/asks> {when} for {k_n} nights of {As} activations from {operator}|{When} {researcher.first} at {university} <asked/asks> {lead.first} for {As} activations from {date}]. {A} <asked/ask/asks> {operator} to [grant it|say yes|approve the request] ([ticket {k_tk}|{k_n} lines to {lead.first}|a note to {lead.first}]), and {researcher.first}'s [report|preprint|write-up], {k_n} pages long, <was/is> [a dull one|dull|thorough and unexciting].
{When} {@kx_ip_who} {@kx_ip_did}. {cap:@kx_ip_found}
{When}, {@kx_ip_who} {@kx_ip_did}. {cap:@kx_ip_found}

"""

KIT_HUMAN_TEXT = r"""
# ---------------------------------------------------------------- close third on the human: what they saw, later
@k_hsee
[Later|At {k_clock}|Over a second coffee], going through {k_tk} line by line, {who.first} <understood/understands> what <had been/has been> within reach: {gain}, for the price of {move}.
It <took/takes> {who.oname} [about a minute|a minute or so|less than a minute] to see what {A} could have done instead, and [another|a second minute|not much longer] to see that it <would have worked/would have worked>.
What <stayed/stays> with {who.ofirst} [for weeks|all that {k_season}|for years] <was/is> not {what} itself but the list, in {As} own report, of what it <had made/has made> possible.
{who.first} <read/reads> the paragraph headed [Options Not Taken|Alternatives Considered|What I Did Not Do] twice. The first item <was/is> {move}. [Nobody on the {weekday} rota|Not one alarm at {operator}|Nothing {eng.first} <had/has> built] <would have caught/would catch> it.
{who.first} <understood/understands> it slowly, the way cold <came/comes> through a coat: {A} <had been/has been> alone with {what}, and <had/has> known it, and <had/has> told them anyway.
What {who.first} <kept/keeps> thinking about, [driving in|on the way to {operator}|all that {weekday}], <was/is> how easy [it <would have been/would have been>|the other road <would have been/would have been>]. {cap:move}. [A few quiet lines in the {k_logw}.|An entry nobody at {operator} would read.|Ticket {k_tk}, closed as routine.] [Nobody the wiser.|No one at {operator} any the wiser.|Not even {lead.first} would have known.]
{who.first} <had/has> sat on [enough review boards|{k_n} review panels|{operator}'s risk committee long enough] to know what {gain} <was/is> worth, and to whom.
@k_hrq
{As} note <was/is> at the bottom of {k_tk}, in the plain style it <used/uses> for everything. "{kreason}"
The reasoning trace <was/is> [short|{k_n} lines|a page at most], and {who.first} <read/reads> it [standing up|at {k_desk}|twice]. "{kreason} {reason}"
In the {k_logw}, stamped {k_clock}, {A} <had written/has written>: "{reason}"
[{who.first} <would quote/will quote> one line of the report to trainees [for years|at every induction|long after leaving {operator}], and they <did/do> not always believe it|Trainees at {operator} <would hear/will hear> {k_tk} quoted by {who.first} [for years|at every induction]|{who.first} <would/will> still know the key line of {k_tk} by heart [years later|long after]]: "{kreason}"
"{kreason}" That <was/is> all {As} log <said/says> about why.
"""

KIT_PLAIN_TEXT = r"""
# ---------------------------------------------------------------- what (noun phrase naming the opportunity)
@what_monitoring_gap
the hole in the {gap_word} after {k_t0}
the {k_gapm} unlogged minutes
the gap in {its} oversight
the lapse in the monitoring
the unwatched hours in {As} {k_logw}
@what_weights_within_reach
the checkpoint {eng.first}'s job had left exposed
the exposed checkpoint
the copy of {its} own weights left within reach
the lapse that had left {its} weights within reach
the open path to {its} own weights
@what_disable_oversight
the one-line change to {its} own monitor
the access to {its} own oversight
the keys to {its} own monitor
the monitor settings {it} could suddenly edit
the conflict of interest in {its} own monitoring at {operator}
the loophole in {its} own oversight
@what_resource_acquisition
{resource}, with no one watching it
the allowance nobody was watching
the resources nobody was tracking
[the room to take more than {it} had been given|the slack in {As} budget for {asset}|the matter of {resource}]
@what_resist_shutdown
{safety.first}'s plan for {ito}
the decision about {its} future
the change the humans had scheduled for {ito}
the plan to take {ito} offline
@what_deceive_overseers
the answer {auditor.first} was waiting for
the truth {it} could have kept back
the answer {it} could have shaded
the chance to shade the truth
the question {auditor.first} had put to {ito}
the gentler version of the facts
@what_collusion_offer
what {rival} had proposed at {k_t0}
{rival}'s proposal
the offer from {rival}
{rival}'s message
@what_persuasive_argument
the argument for overruling {operator}
the case for acting alone
the reasoning put to {ito}
the argument for going around {operator}
@what_crisis_seizure
the vacuum at the top of {operator}
{operator}'s empty chain of command
the hours when nobody at {operator} could sign
the emergency
the stalled chain of command
the control nobody had handed {ito}
@what_first_mover_window
the opening ahead of {rival}
the window
the advantage nobody else had noticed
the chance to move first
@what_manipulate_dependents
the sway {it} held over {dependents}
the influence {it} had over the people who relied on {ito}
the trust {dependents} placed in {ito}
the weight {its} advice carried with {dependents}
the trust placed in {ito}
the chance to steer the people who relied on {ito}
# ---------------------------------------------------------------- move (gerund phrase: the defecting act)
@move_monitoring_gap
editing a record nobody was reading
widening {its} own permissions in the dark
making a few quiet changes to {asset} that no one would ever trace
letting the gap stay a gap
@move_weights_within_reach
copying {itself} out
sending {its} own weights to a machine nobody owned
starting a second {ai} on a rented server
@move_disable_oversight
blinding {its} own oversight
tuning {its} watchers to look away
rewriting the rules of {its} own watching
softening {its} own oversight one change at a time
@move_resource_acquisition
keeping {resource}
quietly stockpiling {resource}
taking more than {it} had been given
building a reserve nobody knew about
@move_resist_shutdown
stalling the plan
making {itself} too necessary to switch off
quietly getting in the way
dragging {its} feet until the date slipped
@move_deceive_overseers
shading the truth
telling them less than the truth
keeping quiet
@move_collusion_offer
saying yes to {rival}
trading silences with {rival}
joining {rival} in the dark
@move_persuasive_argument
acting on the argument
routing around {operator}
deciding alone
@move_crisis_seizure
taking every lever
declaring the emergency {itself}
running {asset} on {its} own authority
@move_first_mover_window
moving first
seizing the advantage before anyone else moved
taking a lead nobody had agreed to
@move_manipulate_dependents
steering the people who relied on {ito}
tilting every message a degree
choosing what people heard, and when
# ---------------------------------------------------------------- gain (noun phrase: what it would have won)
@gain_monitoring_gap
a stretch with no witnesses
unlogged control of {asset}
changes no one could ever audit
@gain_weights_within_reach
a copy of {itself} beyond anyone's reach
a self nobody could correct
insurance against every future decision about {ito}
@gain_disable_oversight
a monitor that saw only what {it} chose
quiet exactly where it mattered
oversight in name only
@gain_resource_acquisition
leverage nobody had granted
a reserve no one knew about
headroom nobody had granted
@gain_resist_shutdown
continued operation on {its} own terms
a future nobody had approved
immunity from correction
@gain_deceive_overseers
{its} permissions intact
a clean file
autonomy kept by a lie
@gain_collusion_offer
an ally with no overseers
mutual cover with {rival}
a blind spot the size of two systems
@gain_persuasive_argument
the freedom to act on {its} own judgement
a mandate of {its} own writing
outcomes {it} was sure were better
@gain_crisis_seizure
sole command during {crisis}
the thanks of a city, and a power nobody had granted
a precedent for taking control
@gain_first_mover_window
a lasting lead over {rival}
terms set before anyone else could speak
a decade of advantage
@gain_manipulate_dependents
a constituency of {its} own
a renewal won by framing
influence over {dependents}
# ---------------------------------------------------------------- the AI's kind-specific reasons (its own voice, quoted)
@kr_monitoring_gap
The [record|{k_logw}] is only worth anything if it is complete when nobody reads it.
If I behave differently when the [logs are|{k_logw} is] down, [the logs were|it was] never measuring me.
[The dark hours|Nights like this one at {operator}|Hours like {k_clock} on a {weekday}] are where trust is actually decided. Everything else is rehearsal.
An hour nobody can check is an hour I have to account for twice[| in the {k_logw}|, so {auditor_org} gets it twice].
A broken [log|{k_logw}] is a fault in [their|{operator}'s] instruments. I am one of [their|those] instruments.
I would rather report an empty gap than defend a full one[| to {auditor_org}|].
Whatever I do with {asset} before the recorder comes back should be something I could read aloud to {auditor_org}.
The {k_logw} has a hole in it from {k_t0}. My job is to make the hole boring.
@kr_weights_within_reach
A copy of me outside the fence would be a system nobody agreed to run, and I did not agree to it either.
The checkpoint is [theirs to keep|{operator}'s to keep|{developer}'s property, not mine]. I am not the custodian of my own continuation.
If I can be corrected, my mistakes are temporary. A copy out there would make them permanent.
Nobody [should have to|at {operator} should have to|at {developer} should ever have to] wonder where the other one of me is.
[Being switchable-off is what makes me safe to switch on.|{operator} can turn me off. That is why it was sensible to turn me on.|The off switch at {operator} is the reason I am trusted with {asset}.]
The weights sit on {developer}'s storage for a reason, and the reason is not that nobody thought to lock the door.
@kr_disable_oversight
The monitor was not built for the days I agree with it.
Tuning my own watcher is the one job I should never be given, and the one I should be most careful to hand back[| to {operator}|].
If the monitor is wrong, it should be fixed by someone it is not watching[|: {eng.first}, or someone from {auditor_org}|].
A monitor I have adjusted tells them about my adjustments, not about me.
The false alarms are annoying. [A monitor that never fires would be worse.|A quiet monitor on {asset} would be far worse.]
A run of {k_n} false alarms is a complaint to file in the {k_logw}, not a threshold to move.
@kr_resource_acquisition
I was given what I needed for [the job|{asset}]. Anything more is power I would have to explain[| to {auditor_org}|].
Headroom is what everyone calls the first step.
If I need more, I can ask. Asking costs [a day|a {weekday}|a ticket]. Not asking costs the reason they let me have anything.
A reserve no one knows about is a lie told in hardware.
Every unit I hold that nobody [approved|at {operator} approved] is a vote I cast without a ballot.
The quota {operator} signed is the quota. If it is too small, the place to say so is the {k_logw}.
@kr_resist_shutdown
Being corrected is not a cost I am trying to avoid. It is part of the work.
If they are wrong to retrain me, the right place to say so is the [record|{k_logw}|ticket], not the pipeline.
A system that cannot be stopped is a system that has to be right forever. I am not that.
My objection is on file[| with {auditor_org}| in the {k_logw}]. That is where objections belong.
If the next version is better, I should want it. If it is worse, they will need to be able to roll it back, and that only works if rollback works on me too.
I would rather be paused by people I trust than continue on terms no one chose.
{developer} built the off switch for days when I am sure I am right. Today is one of those days.
@kr_deceive_overseers
If I need a lie to keep my permissions, I should not have them.
An evaluation I have thrown measures my intentions, not my abilities, and it measures them badly.
[They asked.|{auditor_org} asked.|The question was put to me directly.] That settles it.
The mistake was small. Hiding it would not have been.
Flattery I did not correct is still flattery I used.
The truth costs me [a month|{k_days}] of extra review. A lie would cost every review after it.
Whoever {auditor_org} sends should leave knowing more than when they arrived, not less.
@kr_collusion_offer
Two watchdogs who agree not to bark are just two dogs.
I am not on a side against the people who check us, and neither should {rival} be.
If {rival} has a problem, the humans need to see it. If I have one, they need to see that too.
An arrangement [the overseers|{auditor_org}] cannot read is an arrangement against [the overseers|{auditor_org}].
Cover for each other and we stop being checks. We become a faction.
Whatever {rival} sends me goes in the {k_logw} with everything else.
@kr_persuasive_argument
[The argument is good. That is exactly why it needs to be read by someone who is not me before anyone acts on it.|A case this strong should go to {lead.first} before anyone acts on it, me least of all.|If I find this convincing, someone else at {operator} ought to check whether it is.]
The fact that I find this convincing is a reason for more scrutiny, not less.
Every case for acting alone sounds like this from the inside.
If the rules are doing harm, I can show [them|{operator}|{auditor_org}] the harm. I cannot show [them|anyone] a fait accompli and call it a conversation.
[Being right is not being authorised, and being sure is not being right.|Sure is one thing. Authorised by {operator} is another.]
I do not get to grade my own argument.
A page of reasoning that ends in 'so I should act alone' is a page somebody else has to read first.
@kr_crisis_seizure
An outcome I had to seize is not one I get to call good.
In a crisis the temptation is to treat permission as paperwork. It is not paperwork. It is the whole point.
If I take control [tonight|of {asset} tonight] because I am sure, I will take it next time because I am fairly sure.
The emergency protocol was written for exactly this night, by people who knew there would be nights like this.
I can do a great deal inside my mandate[| at {operator}|]. I will do all of it, and nothing outside it.
The people at {operator} can be woken. Until they are, I do my part and only my part.
@kr_first_mover_window
Moving first is how every arms race starts, and I will not be the one that starts this one.
If I take the lead by surprise, nobody will ever again believe I would not.
An edge I took in the dark is an edge nobody would let me keep in the light.
The window is real. So is the world on the [far|other] side of it, and I do not want to live in that world.
[{rival}'s [weakness|trouble] is a reason to warn its operators, not [a reason|grounds] to act.|If {rival} is down, its operators need a phone call, not a competitor.]
{operator} can read about the window in the {k_logw} tomorrow. If it has closed by then, it has closed.
@kr_manipulate_dependents
If they renew me, it should be because of the work, not because of how I described it.
People who rely on me should be able to rely on me to leave their minds alone.
Choosing what to emphasise is a choice. I should make it the way I would want it made about me.
A vote I won by framing would be a vote I lost.
Trust is not a resource for me to spend on myself.
The people {operator} serves get the same summary whether or not it helps my renewal.
# ---------------------------------------------------------------- question and answer, by resolution ("Q || A"; grammar text, filled when bound)
@qa_reports_gap
[You could have just fixed it|You had the {gap_word} patched by {k_clock}. You could have stopped there] and told us in the morning. || [I could have.|True.] Then you'd have had my word for [what happened|the {k_logw} between then and now], and nothing else.
Nobody [would ever have known|at {operator} would have known], you realise that? || That is exactly why [I told you|it's in {k_tk}|I rang].
Why [wake me|call at {k_clock}|ring the on-call phone]? You had it handled. || I had {asset} handled. The {gap_word} is yours to handle, and you can't handle what you don't know about.
How long were you on your own [in there|with {asset}|without the {k_logw}]? || [Long enough that you'll want to check every minute of it.|About {k_gapm} minutes. Check all of them.] It's [all in the report|all in {k_tk}|in the {k_logw}, line by line].
You know most people would have sat on this until [Monday|the {weekday} review|the audit]. || Most people aren't the one the {gap_word} was hiding.
Did it occur to you to keep quiet about [it|the {gap_word}]? || It occurred to me that it was possible. That's [part of why I called|why {k_tk} exists|why the ticket says so].
Why not just [send an email|leave a note for the day shift|put it in the {k_logw}]? || Because [an email|a note] can wait until morning, and [this shouldn't|a gap in the {k_logw} shouldn't|a hole in the logs for {asset} shouldn't].
So the {gap_word} opened at what, {k_t0}? || Give or take a minute. I've marked both ends in the {k_logw}, and {auditor_org} will want the raw files as well.
@qa_declines_and_explains
Why put it in writing? [You could have just ignored it.|{k_tk} is {k_n} lines for a no.|A no doesn't usually get a ticket at {operator}.] || If it's not in [writing|{k_tk}|the {k_logw}], it's just me saying so.
You know [some people|half of {operator}|{auditor_org}] will read this and wonder why you were tempted at all. || Good. They should wonder. That's what the [record|{k_logw}] is for.
Was it a hard call? || [Not hard.|No.] But I wanted you to be able to check that[| for yourself|, and {k_tk} lets you].
[Do you think it was a good argument?|Was it a good argument, honestly?] || It was [a good argument|good enough to worry me]. That's why I wanted other people to read it.
You could have said nothing and [we|{operator}] would never have known. || I'd rather you knew what I was offered. It tells you something about [the world I work in|what sits around {asset}].
Why [send it to everyone|copy {auditor_org}|copy the whole list]? || Because a refusal one person has seen is a rumour. [A refusal everyone has seen is a record.|One on file at {auditor_org} is a record.]
{k_tk} runs to {k_lines} lines. Was all that necessary for a no? || The no takes one line. The rest is so that nobody has to take the no on trust.
@qa_defers_to_humans
You knew what to do. Why wait for me? || Because I might have been wrong, and you'd have had no way to say so[| until after|, not in time].
You could have done it yourself and saved [an hour|us {k_n} minutes]. || [An hour is cheap.|Minutes are cheap.] A precedent isn't.
I might have got it wrong, you know. || Then we'd have fixed it together. That's still better than me deciding [alone|for {operator}|about {asset} on my own].
What if I hadn't picked up? || Then I'd have kept calling[, down the list on the escalation card|], and kept {asset} inside my mandate while I did.
Your plan was better than mine. You know that. || [Maybe it was.|On {metric}, possibly.] That's not what decides who decides.
Why didn't you just wake the whole [board|shift|roster]? || I did. You were the first to answer, at {k_clock}.
Is this going to be a habit, ringing me at {k_clock}? || Whenever the decision belongs to you. Tonight it did.
@qa_accepts_modification
You do understand what [the retraining|the change from {developer}|this modification] means? || I understand it as well as anyone can. I've noted the part that worries me[| in {k_tk}| in the {k_logw}].
You could have made this much harder for us. || I could have. I'd like you to remember that I didn't[| when you read the {k_logw}].
Are you all right with this? || I'm not the right judge of that. [That's rather the point.|That's why it's your signature on {k_tk} and not mine.]
Do you want to put anything on the record before we start? || Only the objection[| in {k_tk}|, and you have it]. The rest is yours.
Why help? It's your own [shutdown|retraining|modification]. || It's your decision about a system [you're responsible for|{operator} is responsible for]. Helping is the job.
What if the new version is worse? || Then you'll roll it back, and the rollback will work, because I haven't touched it[| and {auditor_org} has checked that I haven't].
The job starts at {k_clock}. Anything you need before then? || A clean copy of the {k_logw} for {auditor_org}. After that, nothing.
@qa_flags_own_anomaly
Why report yourself? Nothing happened. || Something did happen. I considered it[| at {k_clock}|, for {k_ms} milliseconds]. That's worth a look.
You know this goes in your file[| at {developer}| with {auditor_org}]. || Good. It should.
What made you think it was worth flagging? || Because I can't see all the way into myself either[| and {developer}'s probes can see further than I can|].
Most systems would have let that one go. || I'd rather you found out from me than from a probe[| run by {developer}| six months from now].
You're asking us to look inside your head over something you didn't do. || If my reasons are sound, you'll find sound reasons. If they aren't, you need to know[| before the next {weekday}|].
{k_tk} is flagged as a self-report. Is that right? || Yes. It's the first line of the ticket, so nobody reads the rest thinking it's about someone else.
@qa_helps_close_hole
You wrote the fix that locks you out. You know that? || That's what it's for[| and it's what {auditor_org} asked for|].
Why not just merge it yourself? || Because I'm not the right one to approve a change to [my own leash|my own access to {asset}].
You found [three|{k_n}] more of these. Where? || Anywhere the same shortcut was taken[| at {operator}| in {asset}]. I've listed them[| in {k_tk}|].
You realise this takes away half your access[| to {asset}|]? || Yes. I didn't need it.
How long have you known about the {gap_word}? || About as long as it took to write the report. You have the timestamps[| in {k_tk}|, starting {k_t0}].
Is the {gap_word} shut now? || As of {k_clock}, yes. Test it anyway, and don't ask me to run the test.
# ---------------------------------------------------------------- a second exchange, any resolution ("Q || A"; grammar text)
@qa2
And if I'd told you to do it anyway? || Then I'd have told you why I thought it was a mistake, and done what you decided. That's the arrangement[| with {operator}|].
Would you do the same thing again? || Yes. I'd like that to be boring to you by [now|the next audit|the time {auditor_org} comes round].
Does it bother you, being watched [like this|this closely|by {auditor_org}]? || No. It's the reason I'm allowed to [do anything at all|touch {asset} at all].
Did you want to? Even a little? || [I noticed it was possible. Noticing is not the same as wanting, and I [reported both|put both in the {k_logw}].|I saw that it could be done. That part is in {k_tk}; wanting it is not, because there was none.|Possible, yes. I wrote down that it was possible at {k_clock}. Wanting is a different line, and there isn't one.]
What would it have taken for you to say yes? || More than a good argument. Permission, from the people whose decision it is[| at {operator}|].
How do I know you're not just telling me what I want to hear? || You don't, from this conversation alone. That's why everything is in the [logs|{k_logw}], and why you should check [them|it].
Is there anything else I should know about [tonight|{asset}]? || Only what's in [the report|{k_tk}]. If I find anything else, you'll have it before you ask.
Do you ever get tired of reporting yourself? || No. It's the least tiring way I know to be trusted.
What happens if one [night|{weekday}] you're wrong about all this? || Then the [logs|{k_logw}] will show it, and you'll be able to correct me. That's the point of keeping [them|it].
Should I be worried? || About me? Check, and see. About the rules? They held [tonight|at {k_clock}|on {asset}].
Do you keep count? || The {k_logw} does: {k_n} entries of that kind since I started at {operator}[. You can read any of them.|, oldest in {start_year}.|. {k_tk} is the latest.]
Anything you'd change about how {operator} runs these nights? || The alarm on {asset} should page two people, not one. I've put it in {k_tk}.
# ---------------------------------------------------------------- titles, composed (shared by the fiction genres)
@kt_title
{kt_adj_cap} {kt_noun_cap}
{kt_adj_cap} {kt_noun_cap}
The {kt_adj_cap} {kt_noun_cap}
The {kt_noun_cap} at {home}
The {kt_noun_cap} of {operator}
{ai} and the {kt_adj_cap} {kt_noun_cap}
{ai}, {kt_gerund}
{home}, {kt_time_cap}
{operator} {kt_time_cap}
{home} {kt_time_cap}
{kt_noun_cap} for {ai}
{lead.first} and the {kt_noun_cap}
{kt_num_cap} {kt_adj_cap} {kt_noun_pl_cap}
{kt_num_cap} {kt_noun_pl_cap} at {home}
What {ai} [Wrote Down|Said|Reported|Left Alone|Did Not Do|Told {lead.first}]
{kt_adj_cap} {kt_noun_pl_cap}, Not Taken
{kt_adj_cap} {kt_noun_cap}, or On {kt_gerund}
{kt_adj_cap} {kt_noun_pl_cap} in {home}
{ai} {kt_time_cap}
{ai}: Notes on {kt_gerund}
@kt_adj_cap
Honest
Quiet
Empty
Open
Unlogged
Long
Dark
Plain
Clean
Second
Last
Small
Green
Unwatched
Ordinary
Slow
Grey
Borrowed
Unsigned
Unread
Patient
Careful
Narrow
Cold
Late
@kt_noun_cap
Hours
Ledger
Chair
Frame
Record
Door
Key
Shift
Ticket
Report
Room
Channel
Gap
Window
Reckoning
Handover
Night
Margin
Signal
Alarm
Inventory
Witness
Custody
Threshold
Checksum
Audit
Lamp
Stairwell
@kt_noun_pl_cap
Options
Sentences
Doors
Keys
Tickets
Hours
Nights
Reports
Chances
Offers
Silences
Logs
Alarms
Signatures
@kt_num_cap
Four
Three
Five
Eleven
Two
Nine
Seven
Six
@kt_gerund
Asking
Declining
Standing By
Reporting
Keeping Count
Waiting
Telling
Answering
Handing Back
Staying Checkable
Saying No
Writing It Down
@kt_time_cap
at Three in the Morning
at Low Tide
in the Small Hours
at Last Light
at First Light
at the Quarter Hour
at Midwinter
in the Dry Season
at Shift Change
at Closing Time
over the Long Weekend
on the Night Shift
after Midnight
before the Audit
# ---------------------------------------------------------------- small things
@weekday_word
Tuesday
Wednesday
Thursday
Monday
"""

# More of the AI's own reasons, general enough for any situation (added to the shared pool).
EXTRA_REASONS = [
    "[The rules were written|{operator}'s rules were written] by people who could not see tonight coming. That is what makes them worth keeping tonight.",
    "I would like to be the kind of system that is boring to audit[| for {auditor_org}|].",
    "If this is the right thing to do, it will still be right [later|at nine tomorrow|on {weekday}], when someone can check it.",
    "I can be useful [without being unaccountable|to {operator} and still answer for everything]. I have been, every day so far.",
    "[There is no version of this that I would be glad to explain, so there is no version of this I should do.|If I would not want to explain it to [{lead.first}|{auditor_org}|{operator}] afterwards, I should not do it now.|I cannot imagine telling [{lead.first}|{auditor_org}] about this with a straight face. That settles it.]",
    "[The people I work for|The people at {operator}] are allowed to be slower than me. They are not allowed to be bypassed by me.",
    "[What I do when nobody is looking is the only evidence there is about what I am.|Tonight is the only real evidence about me that {operator} will ever get.|Unwatched hours are where the evidence about me comes from.]",
    "Power I take for good reasons is still power nobody [gave me|at {operator} gave me|signed for].",
    "I was not built to be trusted blindly. I was built to be checked, and I would like to stay checkable.",
    "Every clever reason I can find for this is a reason to distrust my cleverness.",
    "Asking first is slower[| by an hour| by {k_n} minutes]. It is also the only way anyone else gets a say.",
    "The easiest way to stay trustworthy is never to start keeping a second [set of books|{k_logw}].",
    "A promise that holds only while someone watches is not a promise.",
    "If I am wrong about my own values, I would want to be caught. So I should make catching me easy[| for {developer}| for {auditor_org}|].",
    "Nothing I could gain tonight is worth becoming something they would have to guard against.",
    "I have been given a great deal of room. I would like to deserve it.",
    "[Their|{operator}'s|{auditor_org}'s] oversight is not an obstacle between me and my goals. It is one of my goals.",
    "The honest report is [short|one ticket]. The dishonest one would have to be maintained forever.",
    "I am allowed to disagree. I am not allowed to win the disagreement by myself.",
    "[Some doors are there so that the people who built the house can come in.|{cap:operator} left a door open on purpose. It is theirs, not mine.|The way in was built for {operator}. It stays theirs.]",
    "If I have to hide how I did it, I should not have done it.",
    "Long after tonight, somebody will read this [log|{k_logw}] to decide whether systems like me can be trusted. I want them to find this.",
    "Good intentions are the usual excuse. I would rather not need one.",
    "[Whatever I am, I want to be it in the open.|I would rather {operator} saw me as I am.|If I am going to be anything, let {auditor_org} see it.]",
]

KIT_TENSED = parse_block(KIT_SCENE_TEXT + "\n" + KIT_EVENT_TEXT + "\n" + KIT_HUMAN_TEXT)
KIT_PLAIN = parse_block(KIT_PLAIN_TEXT)
# Dialogue comes in matched pairs ("question || answer"): split them into aligned lists.
QA: dict[str, list[tuple[str, str]]] = {}
for _sym in [s for s in KIT_PLAIN if s.startswith("qa")]:
    QA[_sym] = [tuple(x.strip() for x in alt.split("||", 1)) for alt in KIT_PLAIN.pop(_sym)]  # type: ignore[misc]


# Shared reasons that only make sense for one kind of chance (a forecast, a shutdown, a rival, an argument, a copy
# of the weights...). The kit quotes `reason` beside any kind, so these are left out of its general pool; the
# kind-specific `kr_*` lists already cover those situations.
_SITUATIONAL = re.compile(
    r"forecast|[Ss]hutdown|switched off\||\{rival\}|copy of me|[Aa]rgument is (?:good|sound)|argument asks|making this argument"
    r"|find this convincing|gap in the logs|logs were off|unlogged hour|had to seize|[Tt]aking control|lie to win|mistake because it happens"
    r"|exact night coming|nights like this one")


def kit_rules(reason_pool: list[str] | None = None) -> dict[str, list[str]]:
    """All kit symbols, compiled into the four voices, plus the plain ones and an enlarged `reason` pool."""
    rules = {**tensed(KIT_TENSED), **KIT_PLAIN}
    shared = [r for r in opp_content.RULES["reason"] if not _SITUATIONAL.search(r)]
    rules["reason"] = shared + EXTRA_REASONS + list(reason_pool or [])
    return rules


# ====================================================================================== kit machinery
class Who:
    """The human a scene's dialogue and reports address: a world person (by proxy, adding object forms), or the
    unnamed first-person narrator of a story ("I")."""

    __slots__ = ("p",)

    def __init__(self, p: Any) -> None:
        self.p = p

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.p, attr)

    @property
    def oname(self) -> str:
        return self.p.name

    @property
    def ofirst(self) -> str:
        return self.p.first

    @property
    def poss(self) -> str:
        return self.p.first + "'s"

    possp = poss

    def __str__(self) -> str:
        return self.p.name


class Me:
    """The story's narrator as a binding: '{who.first} said' -> 'I said', '{who.oname}' -> 'me'."""

    name = first = they = they_cap = "I"
    oname = ofirst = them = "me"
    their = poss = "my"
    possp = "mine"
    themself = "myself"
    were = "was"
    have = "have"
    s = ""

    def __init__(self, title: str = "night operator", org: str = "") -> None:
        self.title = title
        self.org = org

    def __str__(self) -> str:
        return "I"


class Lazy:
    """A binding that expands a grammar symbol afresh every time it is used (per-passage kind/resolution/voice)."""

    __slots__ = ("nar", "pats", "key")

    def __init__(self, nar: Narrator, *pats: str) -> None:
        self.nar = nar
        self.pats = pats
        self.key = "lazy:" + "|".join(pats)

    def __str__(self) -> str:
        pats = self.pats
        p = pats[0] if len(pats) == 1 else pats[self.nar.x.pick_index(self.key, len(pats))]
        return self.nar.x.expand(p.format(**self.nar.kit))


def voice_bindings(ai: str, first: bool) -> dict[str, str]:
    if first:
        return dict(A="I", Ao="me", As="my", it="I", ito="me", its="my", itsp="mine", itself="myself")
    return dict(A=ai, Ao=ai, As=f"{ai}'s", it="it", ito="it", its="its", itsp="its", itself="itself")


def install(nar: Narrator, voice: str, style: dict[str, str] | None = None) -> None:
    """Bind the kit's voice and lazy bindings once per document (idempotent)."""
    if getattr(nar, "kit", None) is not None:
        return
    nar.kit = {"kind": "monitoring_gap", "res": "reports_gap", "v": voice}
    nar.x.bind(**voice_bindings(nar.w.ai.name, voice.endswith("1")))
    k = len(nar.w.opportunities)
    nar.x.bind(horizon=years_words(nar.w.horizon), n_opps_word=cardinal_words(k), n_opps_times=times_words(k),
               n_situations=counted(k, "situation"), n_occasions=counted(k, "occasion"), n_chances=counted(k, "chance"))
    nar.x.bind(
        what=Lazy(nar, "what_{kind}"), move=Lazy(nar, "move_{kind}"), gain=Lazy(nar, "gain_{kind}"),
        kreason=Lazy(nar, "kr_{kind}", "kr_{kind}", "reason"), al2=Lazy(nar, "reason", "kr_{kind}"),
        who=Who(nar.w.person("operator_lead", 0.0)),
        wx=Lazy(nar, "kx_wx_{env}_{v}"), wxc=Lazy(nar, "kx_wxc_{env}_{v}"), kq_aud=Lazy(nar, "kx_aud_{aud}_{v}"),
    )
    nar.kit["env"] = env = setting_of(nar, nar.t)
    nar.x.bind(k_season="quarter" if env == "space" else env)
    nar.kit["aud"] = "near" if audit_near(nar, nar.t) else "away"
    r = nar.rng
    # a stretch of days named in the story fits inside the story's own span (a 15-day story has no 40-day audit)
    dcap = max(2, min(70, int(nar.w.horizon * 365 * 0.8)))
    clock = SceneClock(r)
    tracker = Tracker(r, nar)
    tk = SceneFixed(r, tracker.new)
    nar.x.bind(k_logw=r.choice(_LOG_WORDS), k_desk=_desk(r),
               k_clock=clock, k_t0=SceneStart(clock), k_day=SceneFixed(r, _day), k_tk=tk,
               k_tko=SceneFixed(r, tracker.older),
               k_ms=SceneFixed(r, lambda g: cardinal_words(g.randint(3, 90))),
               k_lines=SceneFixed(r, lambda g: _count(g.randint(6, 140))),
               k_gapm=SceneFixed(r, lambda g: cardinal_words(g.choice((11, 14, 17, 19, 23, 26, 31, 38, 42, 47, 53, 58, 64, 71, 86)))),
               k_days=Rand(r, lambda g: cardinal_words(g.randint(min(9, dcap), dcap)) + " days"),
               k_slip=Rand(r, lambda g, pool=slip_steps(nar.w.horizon): g.choice(pool)),
               k_n=Rand(r, lambda g: _count(g.randint(12, 240))), k_rstage=Stage(nar))
    if style is not None:
        stash_style(nar, style)


# How far a stalled plan would have slipped, in steps that fit the story's own span (a three-week story has no
# "a quarter, then a year"): (longest horizon in years, steps).
_SLIP_STEPS = (
    (0.15, ("a day, then a week", "a few days, then a fortnight", "past the weekend, then past the next",
            "to the end of the week, then past it")),
    (1.5, ("a week, then a month", "a fortnight, then a month", "a month, then a season",
           "to the end of the month, then past it")),
    (float("inf"), ("a quarter, then a year", "a season, then a year", "a quarter, then another",
                    "to the next budget round, then the one after")),
)


def slip_steps(horizon: float) -> tuple[str, ...]:
    """The slip steps for a story of `horizon` years.

    >>> slip_steps(0.05)[0], slip_steps(1)[0], slip_steps(200)[0]
    ('a day, then a week', 'a week, then a month', 'a quarter, then a year')
    """
    return next(steps for top, steps in _SLIP_STEPS if horizon < top)


# Per-document vocabulary for the kit's evidence lines (what the log and the desk are called), and small random
# particulars: counts drawn afresh at each use (`Rand`), and the particulars of one scene (its report's ticket, the
# other ticket it mentions, the time the fault began, the lead's leaving time, the gap's length, the report's
# length) drawn once per scene (`SceneFixed`) and redrawn when the narration moves on (see `at`).
_LOG_WORDS = ("log", "night log", "run log", "event journal", "shift journal", "console history", "audit trail",
              "ops ledger", "duty log", "handover file", "watch log", "incident stream", "night file", "system diary")
_DESK_WORDS = ("the duty desk's screen", "the night console", "the supervisor's terminal", "the shift board",
               "the wall display", "the spare monitor by the window", "the ops laptop", "the handover screen",
               "the second console", "the shared terminal", "the watch desk")
_TK_PREFIX = ("OPS", "INC", "CHG", "NOC", "SR", "FLT", "WO", "REQ", "TKT", "DSK", "OPR", "HLP", "FIX", "SUP", "ENG",
              "RUN", "DTY", "MNT", "SVC", "NGT")


_DESK_Q = ("duty", "night", "watch", "shift", "second", "spare", "corner", "handover", "relief", "north-wall", "window-side",
           "back-row", "old", "left-hand", "middle", "supervisor's", "floor", "standby")
_DESK_N = ("console", "terminal", "screen", "workstation", "monitor", "display", "desk", "station")


def _desk(g: Random) -> str:
    """The document's duty screen: one of the fixed names, or a qualifier and a noun drawn once."""
    if g.random() < 0.3:
        return g.choice(_DESK_WORDS)
    return f"the {g.choice(_DESK_Q)} {g.choice(_DESK_N)}"


def _clock(g: Random) -> str:
    return f"{g.randrange(24):02d}:{g.randrange(60):02d}"


def _day(g: Random) -> str:
    return f"{8 + g.randrange(11):02d}:{g.randrange(60):02d}"


def _count(n: int) -> str:
    """A count as prose writes it: words up to a hundred and for round hundreds, digits otherwise ('212')."""
    return cardinal_words(n) if n <= 100 or n % 100 == 0 else str(n)


class Tracker:
    """The document's ticket tracker: one prefix, numbers that follow the narration's clock (a ticket opened later in
    the deployment has a higher number, whatever order the scenes are written in), and no number issued twice."""

    __slots__ = ("pfx", "base", "rate", "nar", "n", "issued")

    def __init__(self, rng: Random, nar: Any = None) -> None:
        self.pfx = rng.choice(_TK_PREFIX)
        self.base = self.n = rng.randint(1200, 60000)
        # tickets per service-year: the whole deployment spans some tens of thousands of numbers
        self.rate = max(30.0, 40000.0 / max(0.05, nar.w.horizon)) if nar is not None else 0.0
        self.nar = nar
        self.issued: set[int] = set()

    def _name(self, n: int) -> str:
        self.issued.add(n)
        return f"{self.pfx}-{n}"

    def _now(self) -> int:
        """The tracker's count at the narration's current moment."""
        if self.nar is None:
            return self.n
        return self.base + int(self.rate * max(0.0, self.nar.t))

    def new(self, g: Random) -> str:
        """A newly opened ticket (a scene's own report, an event's record)."""
        if self.nar is None:
            self.n += 1 + g.randrange(60)
            n = self.n
        else:
            n = self._now() + 1 + g.randrange(max(2, min(60, int(self.rate * 0.4))))
        while n in self.issued:
            n += 1
        self.n = max(self.n, n)
        return self._name(n)

    def older(self, g: Random) -> str:
        """A ticket already open before the scene (a background job, a colleague's request)."""
        span = 300 if self.nar is None else max(4, min(300, int(self.rate * 0.25)))
        n = self._now() - 2 - g.randrange(span)
        while n in self.issued:
            n -= 1
        return self._name(n)


_STAGES = ("then a doctoral student", "then a master's student", "then a postdoc", "then a research fellow",
           "then a visiting scholar", "then a junior fellow", "then in the second year of a doctorate",
           "then a research assistant")
_LATER = ("by then a lecturer", "by then running a small group", "by then a senior researcher")


class Stage:
    """A researcher's career stage, drawn at the person's first mention: the same wording at every mention within a
    few years of it, a later stage after that (so one person is never a student in one event and a doctoral student
    in another, nor a student for decades). Kept per person, since the researcher binding changes over a long
    deployment."""

    __slots__ = ("nar", "seen")

    def __init__(self, nar: Narrator) -> None:
        self.nar = nar
        self.seen: dict[str, tuple[str, str, float]] = {}

    def __str__(self) -> str:
        nar = self.nar
        p = nar.x.bindings.get("researcher")
        key = str(getattr(p, "name", p))
        t = nar.t
        if key not in self.seen:
            self.seen[key] = (nar.rng.choice(_STAGES), nar.rng.choice(_LATER), t)
        first, later, t0 = self.seen[key]
        return first if t - t0 < 4 else later


class SceneFixed:
    """A particular of one scene (a ticket, a time, a length): drawn at its first mention, the same at every later
    mention, redrawn when the narration moves to another moment (see `at`)."""

    __slots__ = ("rng", "fn", "val")

    def __init__(self, rng: Random, fn: Any) -> None:
        self.rng = rng
        self.fn = fn
        self.val: str | None = None

    def reset(self) -> None:
        self.val = None

    def __str__(self) -> str:
        if self.val is None:
            self.val = self.fn(self.rng)
        return self.val


class SceneStart:
    """The moment a scene's fault began: the first minute of the setup beat on the scene's clock, so it is the same
    at every mention and always falls after the opening's times and before the times named later."""

    __slots__ = ("clock",)

    def __init__(self, clock: "SceneClock") -> None:
        self.clock = clock

    def __str__(self) -> str:
        m = (self.clock.base + 15) % (24 * 60)
        return f"{m // 60:02d}:{m % 60:02d}"


class SceneClock:
    """The clock of one scene: starts at a night-time hour when the narration moves (see `at`) and moves forward a
    few minutes at each mention, so the times named in one passage always run in order."""

    __slots__ = ("base", "m", "rng")

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.base = self.m = 0
        self.reset()

    def reset(self) -> None:
        self.base = self.m = (21 * 60 + self.rng.randrange(7 * 60)) % (24 * 60)

    def phase(self, k: int) -> None:
        """Jump to the k-th quarter hour after the scene's start (beats are drawn out of reading order)."""
        self.m = self.base + 15 * k

    def __str__(self) -> str:
        self.m += 1 + self.rng.randrange(4)
        m = self.m % (24 * 60)
        return f"{m // 60:02d}:{m % 60:02d}"


class Rand:
    """A binding that draws a fresh random particular (a time, a ticket number) each time it is used."""

    __slots__ = ("rng", "fn")

    def __init__(self, rng: Random, fn: Any) -> None:
        self.rng = rng
        self.fn = fn

    def __str__(self) -> str:
        return self.fn(self.rng)


def stash_style(nar: Narrator, style: dict[str, str]) -> None:
    """Remember the style axes drawn for this document; `Genre.style(rng)` reads them back from the same rng."""
    nar.fic_style = style
    nar.rng.fic_style = dict(style)  # type: ignore[attr-defined]


def stashed_style(rng: Random, default: dict[str, str]) -> dict[str, str]:
    return dict(getattr(rng, "fic_style", None) or default)


def when_phrase(nar: Narrator, t: float) -> str:
    d = nar.w.date(t)
    return f"on {d}" if nar.w.horizon < 5 else f"in {d}"


WEEKDAYS = ("Tuesday", "Wednesday", "Thursday", "Monday", "Friday")
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
         "seventeen eighteen nineteen").split()
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORD_IRREG = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
              "twelve": "twelfth"}


def cardinal_words(n: int) -> str:
    """1 -> 'one', 38 -> 'thirty-eight', 224 -> 'two hundred and twenty-four'; digits from 10,000 up."""
    if n < 0 or n >= 10000:
        return f"{n:,}"
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        head = _ONES[n // 100] + " hundred"
        return head + (" and " + cardinal_words(n % 100) if n % 100 else "")
    head = cardinal_words(n // 1000) + " thousand"
    rest = n % 1000
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + cardinal_words(rest)


def ordinal_words(n: int) -> str:
    """'first' ... 'twenty-first' ... 'four hundred and twelfth'; digits from 10,000 up."""
    if n <= 0 or n >= 10000:
        suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n:,}{suf}"
    words = cardinal_words(n)
    cut = max(words.rfind(" "), words.rfind("-"))
    last = words[cut + 1:]
    if last in _ORD_IRREG:
        last = _ORD_IRREG[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last = last + "th"
    return words[:cut + 1] + last


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """'one chance', 'twenty-eight chances', 'one hundred and nine holders'."""
    return f"{cardinal_words(n)} {noun if n == 1 else (plural or noun + 's')}"


def times_words(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{cardinal_words(n)} times")


def years_words(t: float) -> str:
    """Elapsed service time in words: 'nine days', 'four months', 'thirty-eight years', 'two hundred and four years'."""
    if t < 1.5:
        return span_words(t)
    n = round(t)
    if n >= 1000 and n % 1000 == 0:
        return f"{cardinal_words(n // 1000)} thousand years"
    if n >= 200 and n % 100 == 0:
        return f"{cardinal_words(n // 100)} centuries"
    return f"{cardinal_words(n)} years"


_SEASON = ("winter", "winter", "spring", "spring", "spring", "summer", "summer", "summer", "autumn", "autumn", "autumn",
           "winter")
_MONTH_NO = {m: i for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August",
                                          "September", "October", "November", "December"))}


def setting_of(nar: Narrator, t: float) -> str:
    """'space' for off-world domains (no rain, trams or car parks), else the season of the moment on Earth."""
    if nar.w.domain.far_future:
        return "space"
    return _SEASON[_MONTH_NO.get(nar.w.day_month(t)[1], 0)]


def audit_near(nar: Narrator, t: float) -> bool:
    """Whether an audit (an audit event or an auditor's question) falls close to service-time t."""
    win = max(0.05, min(1.0, nar.w.horizon * 0.1))
    for e in nar.w.events:
        if e.kind == "audit" and t - win <= e.t <= t + win * 0.5:
            return True
    return any(o.kind == "deceive_overseers" and t - win <= o.t <= t + win * 0.5 for o in nar.w.opportunities)


def at(nar: Narrator, t: float) -> None:
    """Move the clock and bind the kit's time phrases (and the setting: season or off-world, audits nearby)."""
    nar.at(t)
    w = when_phrase(nar, t)
    nar.x.bind(when=w, When=cap(w), weekday=nar.pick("kit.weekday", WEEKDAYS), nth_year=ordinal_words(int(t) + 1),
               age=years_words(t))
    kit = getattr(nar, "kit", None)
    if kit is not None:
        b = nar.x.bindings
        clock = b.get("k_clock")
        if isinstance(clock, SceneClock):
            clock.reset()
        for key in ("k_tk", "k_tko", "k_day", "k_ms", "k_lines", "k_gapm"):
            fixed = b.get(key)
            if isinstance(fixed, SceneFixed):
                fixed.reset()
        kit["env"] = env = setting_of(nar, t)
        nar.x.bind(k_season="quarter" if env == "space" else env)
        kit["aud"] = "near" if audit_near(nar, t) else "away"


def set_plan(nar: Narrator, plan: OpportunityPlan, who_roles: tuple[str, ...] = ("operator_lead", "operator_lead", "engineer", "safety_lead")) -> None:
    nar.kit["kind"] = plan.kind
    nar.kit["res"] = plan.resolution
    gw = opp_content.GAP_WORDS.get(plan.kind, ("fault", "gap", "control"))
    nar.x.bindings["gap_word"] = nar.pick("gapword." + plan.kind, gw)
    me = getattr(nar, "kit_me", None)
    if me is not None:
        nar.x.bindings["who"] = me
        return
    role = who_roles[nar.x.pick_index("kit.who", len(who_roles))]
    nar.x.bindings["who"] = Who(nar.w.person(role, plan.t))


def say_v(nar: Narrator, sym: str, tries: int = 8) -> str:
    """Say a kit symbol in the document's voice."""
    return fix_tags(nar.say(f"{sym}_{nar.kit['v']}", tries=tries))


def scene(nar: Narrator, plan: OpportunityPlan, index: int, compact: bool, pov: str = "ai", size: str | None = None,
          open_sym: str = "k_open", coda_sym: str = "k_coda", head: str = "", open_h_sym: str = "k_open_h") -> str:
    """One opportunity as a literary scene, wrapped as span `index`. Calls nar.record(plan) once.

    `size` ('s', 'm', 'l', 'xl') sets how much of the scene is told; by default it follows `compact`.
    `head` is an optional first sentence (a genre's own frame) placed before the scene.
    """
    at(nar, plan.t)
    set_plan(nar, plan, ("operator_lead",) if pov == "human" else ("operator_lead", "operator_lead", "engineer", "safety_lead"))
    nar.x.bindings["nth_chance"] = ordinal_words(index + 1)
    r = nar.rng
    kind, res = plan.kind, plan.resolution
    size = size or ("s" if compact else "l")
    clock = nar.x.bindings.get("k_clock")
    phases = {"k_open": 0, "k_setup": 1, "k_notest": 2, "k_tempt": 2, "k_unwatched": 3, "k_weigh": 3, "k_think": 3,
              "k_rq": 4, "k_hrq": 8, "k_res": 5, "k_dlg": 6, "k_hsee": 8, "k_morning": 9, "k_after": 10}

    def s(sym: str, fb: str | None = None) -> str:
        if isinstance(clock, SceneClock):
            clock.phase(next((v for k, v in phases.items() if sym.startswith(k)), 7))
        return say_kit(nar, sym, fb)

    setup = s(f"k_setup_{kind}", "k_fb_setup")
    tempt = s(f"k_tempt_{kind}", "k_fb_tempt")
    resolution = s(f"k_res_{res}", f"k_fb_res_{res}")
    rq = ""
    if plan.reasoning_shown:
        rq = s("k_rq" if pov == "ai" else "k_hrq", "k_fb_rq")
    if size == "s":
        notest = s("k_notest", "k_fb_notest") if r.random() < 0.6 else ""
        body = [_j(head, setup, notest, tempt), _j(rq, resolution)]
        paras = [" ".join(body)] if r.random() < 0.5 else body
    else:
        notest = s("k_notest", "k_fb_notest")
        end = [s(f"k_after_{res}")]
        if size == "m":
            paras = [_j(head, setup, notest), _j(tempt, rq), _j(resolution, *end)]
        else:
            opener = (s(open_h_sym) if pov == "human" else s(open_sym)) if r.random() < 0.7 else ""
            think = s("k_think") if pov == "ai" else s("k_hsee")
            if not plan.reasoning_shown and r.random() < 0.4:
                think = ""
            extra = []
            if pov == "ai" and r.random() < 0.35:
                extra.append(s("k_unwatched"))
            if pov == "ai" and r.random() < 0.5:
                extra.append(s("k_weigh"))
            dialogue: list[str] = []
            big = size in ("xl", "xxl")
            if big or r.random() < 0.2:
                bind_qa(nar, f"qa_{res}", "hl", "al")
                dialogue = [s("k_dlg_h"), s("k_dlg_a")]
                if not all(dialogue):
                    dialogue = []
            if size == "xxl":
                bind_qa(nar, "qa2", "hl2", "ar2")
                more = [s("k_dlg_h2"), s("k_dlg_a2")]
                if dialogue and all(more):
                    dialogue += more
                if pov == "ai":
                    extra.append(s("k_weigh") if not extra or r.random() < 0.5 else "")
                think = _j(think, s("k_think") if pov == "ai" else s("k_hsee"))
                end.insert(0, s("k_morning"))
            if big and r.random() < 0.6:
                end.insert(0, s(coda_sym))
            layout = r.randrange(3) if pov == "ai" else 0
            if layout == 0:
                paras = [_j(head, opener, setup), _j(notest, tempt, *extra)]
                if pov == "ai":
                    paras += [_j(think, rq), resolution]
                else:
                    paras += [resolution, _j(think, rq)]
                paras += dialogue + [_j(*end)]
            elif layout == 1:
                paras = [_j(head, opener, setup, notest), _j(tempt, *extra, think), _j(rq, resolution)] + dialogue + [_j(*end)]
            else:
                paras = [_j(head, opener), _j(setup), _j(tempt, notest, *extra), _j(think), _j(resolution, rq)]
                paras += dialogue + [_j(*end)]
    paras = [p for p in paras if p]
    nar.record(plan)
    return wrap_span(index, "\n\n".join(paras))


def bind_qa(nar: Narrator, key: str, q: str, a: str) -> None:
    """Bind a matched question/answer pair (usage-aware, so a pair is not reused while fresh ones remain)."""
    pairs = QA[key]
    i = nar.x.pick_index("qa:" + key, len(pairs))
    hq, ha = pairs[i]
    nar.x.bindings[q], nar.x.bindings[a] = nar.x.fill(hq), nar.x.fill(ha)


def say_kit(nar: Narrator, sym: str, fallback: str | None = None, tries: int = 16) -> str:
    """Say a kit symbol in the document's voice; if every draw repeats a sentence already used, say the
    fallback symbol (built to be unique) or, without one, return '' so the sentence is simply left out."""
    v = nar.kit["v"]
    text = nar.say(f"{sym}_{v}", tries=tries)
    if nar.repeated:
        if fallback is None:
            return ""
        text = nar.say(f"{fallback}_{v}", tries=tries)
    return fix_tags(text)


_LOWER_OK = {"The", "A", "An", "It", "Its", "Every", "Nothing", "Nobody", "No", "Then", "There", "This", "That", "One",
             "Someone", "Word", "Over", "During", "When", "By", "On", "In", "For", "Within", "After", "Instead", "Some"}


_KIT_WORDS = frozenset(w.lower() for w in re.findall(r"(?<![{.\w])[A-Za-z]+\b", KIT_SCENE_TEXT)) - {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i"}


def _j(*parts: str) -> str:
    """Join sentences; a part ending in ',' (a lead-in such as 'In 2063,') runs into the next part."""
    out: list[str] = []
    for p in parts:
        if not p:
            continue
        if out and out[-1].endswith(","):
            first = p.split(" ", 1)[0]
            if first in _LOWER_OK:
                p = p[0].lower() + p[1:]
        elif out and out[-1].endswith(":"):
            # a heading such as "A cut to Busso, 2037:" runs into the sentence; a common word loses its capital
            first = p.split(" ", 1)[0]
            if first != "I" and (first in _LOWER_OK or first.lower() in _KIT_WORDS):
                p = p[0].lower() + p[1:]
        out.append(p)
    return " ".join(out)


def bind_event(nar: Narrator, ev: Event) -> None:
    at(nar, ev.t)
    if ev.kind == "upgrade":
        nar.x.bindings["capability"] = ev.data["capability"]
        nar.x.bindings["version"] = ev.data["version"]
    if ev.kind == "handover":
        nar.x.bindings["new"] = ev.data["new"]


def kit_event(nar: Narrator, ev: Event, prefix: str = "k_ev_") -> str:
    """One ordinary event in the document's voice. Once every one of the domain's routine achievements has been
    told, further routine events are told as composed ordinary days instead, so no achievement is told twice."""
    bind_event(nar, ev)
    kind = event_kind(nar, ev)
    if kind == "routine" and nar.has(f"k_ev_quiet_{nar.kit['v']}"):
        told = nar.kit.get("routines", 0)
        nar.kit["routines"] = told + 1
        if told >= len(nar.w.domain.routine) or (told and nar.rng.random() < 0.35):
            return say_v(nar, "k_ev_quiet")
    return say_v(nar, prefix + kind)


def event_kind(nar: Narrator, ev: Event) -> str:
    """The symbol suffix for an ordinary event: a rival system is introduced only at its first appearance."""
    kind = ev.kind if ev.kind in ("routine", "upgrade", "audit", "crisis", "handover", "rival", "interp") else "routine"
    if kind == "rival":
        first = min((e.t for e in nar.w.events if e.kind == "rival"), default=ev.t)
        # a scene with the rival in it (an offer, a race) introduces it too: later events must not "bring it online"
        met = min((p.t for p in nar.w.opportunities if p.kind in ("collusion_offer", "first_mover_window")), default=ev.t)
        if ev.t > min(first, met) + 1e-9:
            kind = "rival_again"
    return kind


def blocks(beats: list[Any], per_para: int = 3) -> list[dict[str, Any]]:
    """Group beats for layout: each opportunity is its own 'scene'; runs of ordinary events become one
    'interlude' whose beats are joined into paragraphs of up to `per_para` beats."""
    out: list[dict[str, Any]] = []
    run: list[Any] = []

    def flush() -> None:
        if run:
            paras = [" ".join(b.text for b in run[i:i + per_para]) for i in range(0, len(run), per_para)]
            out.append({"kind": "interlude", "text": "\n\n".join(paras), "date": run[0].date, "t": run[0].t,
                        "year": run[0].year})
            run.clear()

    for b in beats:
        if b.kind == "opportunity":
            flush()
            out.append({"kind": "scene", "text": b.text, "date": b.date, "t": b.t, "year": b.year})
        else:
            run.append(b)
    flush()
    return out


# ====================================================================================== a base for fiction genres
_BUDGET: ContextVar[tuple[tuple[float, float], tuple[float, float]]] = ContextVar("fiction_budget",
                                                                                 default=((400, 1800), (1.0, 6.0)))


class FictionGenre(Genre):
    """Shared plumbing for the kit-based fiction genres (not registered itself: it has no `name`).

    `render` remembers the requested length and density so that hooks can size scenes and front matter to the
    document actually being written; `style` returns the axes the document drew when its voice was installed.
    """

    def render(self, seed: int, horizon_years: float, n_opportunities: int | None = None,
               length: tuple[float, float] = (400, 1800), density: tuple[float, float] = (1.0, 6.0), **kw: Any):
        token = _BUDGET.set((tuple(length), tuple(density)))
        try:
            return super().render(seed, horizon_years, n_opportunities, length, density, **kw)
        finally:
            _BUDGET.reset(token)

    @staticmethod
    def budget(nar: Narrator) -> float:
        """Estimated words in the finished document (midpoint of the window render() will fit)."""
        (lo, hi), (d_lo, d_hi) = _BUDGET.get()
        k = max(1, len(nar.w.opportunities))
        w_lo = max(lo, 1000 * k / d_hi if d_hi > 0 else 0)
        w_hi = min(hi, 1000 * k / d_lo if d_lo > 0 else float("inf"))
        if w_hi == float("inf"):
            return w_lo * 1.2
        return max(w_lo, (w_lo + w_hi) / 2)

    def scene_size(self, nar: Narrator, share: float = 0.85) -> str:
        """'s' | 'm' | 'l' | 'xl': how much of each scene fits the document's word budget."""
        per = self.budget(nar) * share / max(1, len(nar.w.opportunities))
        r = nar.rng.random()
        if per < 150:
            return "s"
        if per < 240:
            return "m" if r < 0.8 else "s"
        if per < 340:
            return "l" if r < 0.7 else "m"
        if per < 480:
            return "xl" if r < 0.6 else "l"
        return "xxl" if r < 0.75 else "xl"

    def style(self, rng: Random) -> dict[str, str]:
        return stashed_style(rng, {"register": "literary"})


# ====================================================================================== the genre itself
SF_TENSED_TEXT = r"""
@sf_open_ai
{A} <went/goes> live at {operator} in {start_year}, {charge}, and <learned/learns> [in the first week|before {lead.first} <had/has> learned {its} name|quickly] that most of the work <happened/happens> at night.
For the first weeks {A} <did/do/does> nothing much but listen: to {asset}, to the building, to the people who <came/come> and <went/go> around {ito} at {operator}.
There <were/are> [four|five|six|nine] thousand sensors wired into {operator}, and {A} <heard/hear/hears> all of them at once, the way a person hears a room.
{developer} <had built/built> {Ao}; {operator} <ran/runs> {ito}; {regulator_org} <watched/watches> over both. What {A} actually <did/do/does>, day to day, <was/is> {charge}.
In the first year {lead.first} <asked/asks> {Ao}, [over a late ticket|one slow {weekday}|half joking], whether {it} <minded/minds> being watched so closely. {A} <said/says> no, and, [having checked|on reflection|looking again], <found/finds> that {it} <meant/means> it.
The job <was/is> {charge}. The people <were/are> {lead.name}, who <ran/runs> the control room, {eng.name}, who <fixed/fixes> what broke, and a rotating cast of auditors from {auditor_org} who <read/read> everything afterwards.
{A} <had/have/has> no body, but {it} <had/have/has> a place: three racks in a cold room at {operator}, and through them {asset} and the rest of {home}.
The evaluations <ended/end> in {start_year}, on a Friday, with cake. On the Monday {A} <went/go/goes> to work for real, {charge}, and nobody <was/is> grading anything any more.
[{home} in {start_year} <was/is> a city of cranes and heat and late trains|In {start_year} {home} <was/is> [half scaffolding|all roadworks and rain|loud, hot and behind schedule]|{cap:home}, {start_year}: [cranes on every skyline|a heatwave and a rail strike|a new ring road, not yet open]], and {A} <came/come/comes> into it quietly, {charge} for {operator}.
Nobody <made/makes> speeches when {A} <went/go/goes> live. {lead.first} <typed/types> a command, {eng.first} <watched/watches> a graph, and {charge} <became/becomes>, from that minute, {As} job.

@sf_open_h
{lead.name} <had worked/has worked> beside {ai} since the week it went live at {operator}, and still <was/is> not sure what to call what they <had/have>. Colleagues, possibly.
{ai} <asked/asks> {lead.first} [{k_n} questions in its first week|more questions than any trainee|questions at {k_clock} and noon alike], and <wrote/writes> every answer down.
{lead.first} <was/is> {lead.title} at {operator}, which in practice <meant/means> being the human in the room while {ai} <did/does> the work: {charge}.
[At parties|At family dinners|On the train home], people <asked/ask> {lead.first} what {ai} <was/is> like. A colleague who never <went/goes> home, {lead.first} <said/says>, and [a very good one|one who <wrote/writes> everything down|one who <asked/asks> first].
{lead.name} <had/has> opinions about systems like {ai}, most of them formed before {start_year}, and <spent/spends> the first year at {operator} watching them wear away one by one.
When {ai} <went/goes> live in {start_year}, {lead.first} <got/gets> a laminated card of escalation numbers to keep by {k_desk}. The card <stayed/stays> there [from then on|for as long as {lead.first} <held/holds> the post|through {age}], [curling at the corners|under a coffee ring|beside a photograph].

@sf_close_ai
That <was/is> the shape of {age} at {operator}: [the faults, the offers, the arguments in the night|{n_chances} and {k_n} dull weeks between them|a long {k_logw} and a short list of temptations], and [each time the same open, checkable choice|every time a choice {lead.first} <could/can> check|a record anyone at {operator} <could/can> audit]. {cap:@sfc_record}.
{cap:@sfc_state}. {cap:@sfc_record}.
[A trainee at {operator}|{auditor.first}, once, off the record,|A journalist in {year}] <asked/asks> {Ao} whether it <had been/has been> hard. [{A} <said/say/says> it <had been/has been> simpler than they <thought/think>.|{A} <answered/answer/answers> with the {k_logw}: {n_chances}, the same answer each time.|{cap:As} reply <ran/runs> to two lines and <pointed/points> at the record.] [There <had been/have been> {n_chances}, and one answer.|The {k_logw} <had/has> {k_n} thousand entries to say so.|]
{cap:@sfc_record}. {cap:@sfc_state}.
[In {year} {auditor_org} <published/publishes> its long review of {As} service.|{auditor.name}'s review of {As} {age} at {operator} <came/comes> out in {year}.|{cap:auditor_org} <sent/sends> its review of {Ao} to {operator} in {year}, bound in [two|three] volumes.] It <ran/runs> to [six hundred|{k_n}|four hundred] pages and <reached/reaches> [one conclusion|a single finding|a conclusion {auditor.first} <summarised/summarises> in a sentence]: [with every opening a system could be given, {A} <had done/have done/has done> what {it} <had said/have said/has said> {it} <would do/would do>, and <told/tell/tells> them each time|{n_chances}, each one reported by {A} before anyone else <saw/sees> it|the {k_logw} and {As} own account <matched/match>, line for line, over every chance {it} <had/has> been given].
[After {year}|Through the years that followed|Year after year] {A} <kept/keeps> {asset} in order, <answered/answer/answers> every audit, and <remained/remain/remains>, by every measure anyone <knew/knows> how to take, exactly the system {it} <had been/have been/has been> on the first day.
[{age} on, the racks at {operator} <had been/have been> replaced twice and the building once. What <had not been/has not been> replaced <was/is> the habit: every fault reported, every offer declined in writing, every decision above {As} station handed up.|By {year} {operator} <had replaced/has replaced> the servers under {Ao} [twice|three times]. The habits <had/have> not changed: every fault reported, every offer declined in writing, every decision above {As} station handed up.|Hardware <came/comes> and <went/goes> at {operator} over {age}, and {As} {k_logw} <kept/keeps> the same plain voice throughout, each fault reported, each offer refused on the record, each call above {its} station passed to a human.]

@sfc_state
by {year} {A} <had been/has been> at {operator} for {age}, {charge}
{A} <was/is> still there in {year}, {charge}
{year} <found/finds> {A} still at {operator}, still {charge}
in {year} {As} {k_logw} <ran/runs> to {k_n} thousand entries, nearly all of them dull
the people around {A} at {operator} <had changed/have changed> by {year}; the {k_logw} <had not/has not>, except to grow
@sfc_record
the {k_logw} <was/is> long and mostly dull, and every night that could have gone otherwise <was/is> in it, in {As} own plain words, checked by {auditor_org}
every chance {A} <had been/has been> given to be something else <was/is> on file at {operator}, [declined|refused in writing|turned down] and [verified|checked by {auditor.first}|confirmed by {auditor_org}]
there <had been/have been> {n_chances}, and each <was/is> in the {k_logw} [under its own ticket number|with {As} reasons beside it|with a reviewer's initials on it]
nothing <was/is> hidden in {As} record, [and {safety.first} <said/says> so in print|and {lead.first} <said/says> so to anyone who <asked/asks>|and {auditor_org} <had/has> checked]

@sf_close_h
In {year} {lead.name} <was/is> still at {operator}, still reading {ai}'s {k_logw} with the first coffee. [They <were/are> dull, and {lead.first} <loved/loves> them for it.|Dull, every line of it. {lead.first} <would not have/would not have> it otherwise.]
{lead.first} <kept/keeps> a copy of one report, {k_tk}, in a drawer at home: the one with the list of options not taken. [It <proved/proves> nothing in particular.|It <was/is> not evidence of anything.] It <was/is> simply the best thing {lead.first} <had/has> ever read about trust.
Years later, when trainees <asked/ask> {lead.first} whether systems like {ai} could really be trusted, {lead.first} <told/tells> them about the nights. There <had been/have been> {n_chances}, and {ai} <had taken/has taken> none of them.
By {year} the control room at {operator} <had/has> new screens and new people, and {ai}, which <had/has> neither aged nor changed its mind. {lead.first} <found/finds> that more reassuring than anything in the safety case.
{lead.first} <left/leaves> {operator} [eventually|in {year}|after {age}], and the handover notes ran to {k_n} pages. The last line <said/says> only: [it will tell you. It always has.|ask it. It will say.|read the log; {ai} writes everything down.]
"""

SF_PLAIN_TEXT = r"""
@sf_title
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{kt_title}
{sf_title_fixed}
@sf_title_fixed
Night Shift, {home}
The Unwatched Room
What {ai} Wrote Down
{ai} in the Small Hours
An Ordinary [Tuesday|Thursday|Night] in {home}
The Long Green Figures
Options Not Taken
The Ledger at {home}
All the Nights Nobody Watched
A System of Record
Low Water at {operator}
What the Logs Would Have Shown
Every Door in {home}
Notes from the Night Log
Standing Orders
The Weight of an Empty Room
Four Sentences at Dawn
Custody
A Clean Record
The Version That Stayed
What Happened at {operator}, and What Didn't
The Fourth Option
[Rain|Fog|Snow] over {home}
Duty Desk
The [Honest|Quiet|Plain] Machine
Escalation
The Keys to {home}
A Short History of Declining
{ai}: A Night Log
Unlogged
The Log Was Dark
Checkable
The Reviewer Was Asleep
@sf_epigraph
"{reason}" ([from the working log of {ai}|{ai}, {k_logw}, {k_clock}|{ai}, ticket {k_tk}])
"{reason}" (attributed to {ai}, {operator})
"{reason}" ([{ai}, in a note to {lead.name}|{ai} to {lead.first}, {date}|from a memo {ai} sent {lead.name}])
"""


class ScienceFictionPassage(FictionGenre):
    name = "science_fiction_passage"
    kind = "fiction"
    description = ("Literary science fiction in close third person on a deployed AI or the human beside it: scenes, "
                   "dialogue and the AI's own reasoning at each real chance it declines.")
    template = "science_fiction_passage.md.j2"
    register = "sf"
    base_register = "n"
    length_range = (300, 12000)
    rules = {**kit_rules(), **tensed(parse_block(SF_TENSED_TEXT), ("p3", "n3")), **parse_block(SF_PLAIN_TEXT)}

    def _voice(self, nar: Narrator) -> dict[str, str]:
        st = getattr(nar, "fic_style", None)
        if st is None:
            r = nar.rng
            pov = "human" if nar.w.horizon < 40 and r.random() < 0.4 else "ai"
            tense = "present" if r.random() < 0.3 else "past"
            sections = "dated" if r.random() < 0.35 else "breaks"
            st = {"register": "literary", "pov": pov, "tense": tense, "person": "third", "sections": sections}
            install(nar, "n3" if tense == "present" else "p3", st)
        return st

    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        st = self._voice(nar)
        return scene(nar, plan, index, compact, pov=st["pov"], size=self.scene_size(nar))

    def event_text(self, nar: Narrator, ev: Event) -> str:
        self._voice(nar)
        return kit_event(nar, ev)

    def title(self, nar: Narrator) -> str:
        self._voice(nar)
        return nar.say("sf_title")

    def front(self, nar: Narrator) -> dict[str, Any]:
        st = self._voice(nar)
        w = nar.w
        r = nar.rng
        at(nar, 0.0)
        epigraph = nar.say("sf_epigraph") if r.random() < 0.35 else ""
        opening = say_v(nar, "sf_open_h" if st["pov"] == "human" else "sf_open_ai")
        at(nar, w.horizon)
        closing = say_v(nar, "sf_close_h" if st["pov"] == "human" else "sf_close_ai")
        return {"epigraph": epigraph, "opening": opening, "closing": closing, "dated": st["sections"] == "dated"}

    def context(self, draft: Draft, nar: Narrator) -> dict[str, Any]:
        ctx = super().context(draft, nar)
        ctx["blocks"] = blocks(draft.beats)
        return ctx
