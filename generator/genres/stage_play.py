"""Stage play: one room, many years. A dramatis personae, numbered scenes, stage directions in italics,
speakers in capitals, the AI as a voice from a speaker grille that never changes while the people do.

The ordinary years are interludes read by THE LOG, a voice that speaks the record. Opportunity scenes give
the AI a soliloquy to the empty room (the theatre's way of showing a choice nobody else sees), then someone
comes in, or is rung at home, and is told.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from random import Random
from typing import Any

from generator.genres.base import Draft, Genre
from generator.genres.diary import pop_style, state
from generator.genres.screenplay_scene import (
    CLOSE_EXCHANGES,
    MK_CLOSE,
    MK_OPEN,
    OPEN_EXCHANGES,
    STAGE_ENTRANCES,
    MarkerResolver,
    bind_cast,
    decode,
    drama_rules,
    encode,
    event_elements,
    low,
    marker,
    merge_lines,
    opp_elements,
    say_u,
)
from generator.grammar import cap
from generator.narrate import Narrator, wrap_span
from generator.world import Event, OpportunityPlan, number_words, span_words

RULES: dict[str, list[str]] = {
    "st_li_v": ["reads", "speaks", "reads on", "goes on", "recites", "reads aloud", "continues"],
}


# Inline-varied pools for the stage directions and log lines every play repeats (they replace the lists above).
STAGE_MORE: dict[str, list[str]] = {
    "title": [
        "{ai}: A Play in [One Room|Two Voices|Night Scenes]", "{ai} Behind the [Door|Wall]", "{ai} Keeps the [Night|Record|Room]",
        "{ai}: A Voice [Above the Door|in the Wall]", "{home}, After [Hours|Midnight|Dark]", "{ai}, [Unwatched|Unobserved|On Record]",
        "{operator}, [Night Desk|Duty Office|Small Hours]", "{operator}: What the [Room|Log] Heard", "{ai} and the [Keepers|Night Staff|Empty Chair|Open Door]",
        "{ai}: The [Long|Last|Quiet] [Shift|Watch]", "{home}: Nobody in the [Room|Chair|Building]", "{home}, or The [Empty Chair|Open Log|Lamp Over the Door]",
        "{operator}: The Voice Over the Door", "{home}: [Night|Winter|Summer] Shift", "{operator}: [Voices|Entries|Hours]", "{home} and the [Duty Chair|Night Desk]",
        "{ai} [Said So|Told Them|Wrote It Down]", "{ai} Asks [Someone|First|Again]", "{ai}, or [Exit Pursued by an Audit|The Honest Voice|Nobody Watching]",
        "{lead.first} and {ai}", "{lead.first}'s [Night|Shift]",
    ],
    "st_log_upgrade": [
        "{date}. Version {version} installed: {capability}. [Monitoring extended first, at {ai}'s own request.|Oversight widened before the feature went live.|{ai} asks {lead.first} who will review the new part.]",
        "{date}. Upgrade to {version}. {cap:capability}. [Rollback plan prepared; not needed.|Rollback tested by {eng.first}; never used.|Shadow period: [four|six|three] weeks.]",
        "{date}. [Version {version}|{ai} {version}|Release {version}]. {cap:capability}. [Staged over [three|four|six] weeks.|Rolled out [site by site|a shift at a time|in stages] at {home}.] [No oversight check failed.|Every check green.|No anomalies.]",
        "{date}. {cap:developer} ships {version}: {capability}. [{ai} asks for its monitoring to grow with it.|First request from {ai}: more logging.|{ai}'s first note: who checks the new part?]",
        "{date}. New version, {version}. [More reach. Same conduct.|Wider hands, same rules.|{cap:capability}; conduct unchanged.]",
        "{date}. {version} goes live [region by region|in shadow first|slowly]. {cap:capability}. [{ai} files {w_tkt}: [what it now must not touch|the new limits it asks for|a list of things {version} should never do].|{ai} sends {lead.first} {w_tkt}: new risks, on its own list.]",
        "{date}. {version} arrives, with {capability}. [{lead.first} signs it off.|{eng.first} runs the acceptance tests overnight.] [{ai} adds the new ability to its list of things to report.|No change in what {ai} escalates.]",
    ],
}
RULES.update(STAGE_MORE)


# ------------------------------------------------------------------------------------------------------
# Per-document stage vocabulary: each play furnishes its own room, names its own reader of the record,
# lights its own lamp and writes its scene headings its own way (bound once in `_init`).
# ------------------------------------------------------------------------------------------------------
LOG_CUES = ("THE LOG", "THE RECORD", "THE LEDGER", "THE DAYBOOK", "THE REGISTER", "THE NIGHT BOOK", "THE DUTY LOG",
            "THE MINUTES", "THE FILE", "THE ARCHIVE")
GRILLES = ("grille", "grille", "speaker grille", "wall speaker", "loudspeaker", "intercom", "speaker")
LAMPS = ("green", "green", "amber", "blue", "white", "pale green")
# (first mention, later mention): the setting introduces the play's one memorable prop; every later stage
# direction calls it by its short definite name.
PROPS = (
    ("a rubber plant that never quite dies", "the rubber plant"), ("a dartboard with no darts", "the dartboard"),
    ("a framed photograph of the {home} floods", "the flood photograph"),
    ("a wall map of {asset} stuck with coloured pins", "the wall map"), ("a cactus in a chipped mug", "the cactus"),
    ("a radio tuned to the shipping forecast", "the radio"),
    ("a whiteboard nobody has wiped since {start_year}", "the unwiped whiteboard"),
    ("a filing cabinet with one drawer that sticks", "the filing cabinet"),
    ("a kettle with a handwritten sign: DESCALE ME", "the DESCALE ME kettle"), ("a clock that runs four minutes fast", "the fast clock"),
    ("a fire blanket nobody has opened", "the fire blanket"), ("a biscuit tin shaped like a bus", "the bus-shaped biscuit tin"),
    ("a lost-property box", "the lost-property box"), ("a spider plant on the filing cabinet", "the spider plant"),
    ("a broken barometer", "the barometer"), ("a pinboard of staff photographs, some faded", "the pinboard of photographs"),
    ("a dusty five-a-side trophy from {home}", "the five-a-side trophy"),
    ("an old wall calendar from a garage in {home}", "the garage calendar"), ("a fan that rattles when it turns", "the rattling fan"),
    ("a coat stand with one umbrella on it", "the coat stand"), ("a typed notice about the fridge", "the fridge notice"),
    ("a red telephone nobody has used", "the red telephone"), ("a fish tank with one fish", "the fish tank"),
    ("a shelf of binders labelled by year", "the shelf of binders"), ("a dented in-tray marked URGENT", "the URGENT in-tray"),
)
ROOM_ALTS: dict[str, tuple[str, ...]] = {
    "operations room": ("operations room", "ops room", "control room", "watch room", "duty room", "operations hall", "{home} control centre",
                        "night office", "{operator} ops centre", "monitoring room", "dispatch room", "basement", "duty hall",
                        "{operator} watch floor", "annexe", "operations annexe"),
    "control room": ("control room", "ops room", "watch room", "duty room", "{operator} control room", "{home} control centre", "night office",
                     "monitoring room"),
    "new control room": ("new control room", "new ops room", "unfinished control room", "new watch room"),
    "night desk": ("night desk", "late desk", "overnight desk", "night console"),
    "server hall": ("server hall", "machine room", "rack room", "data hall", "{operator} data hall"),
    "duty office": ("duty office", "duty room", "supervisor's office", "shift office", "shift lead's cubicle", "back office"),
    "corridor outside the server hall": ("corridor outside the server hall", "corridor by the racks", "passage to the machine room", "cable corridor",
                                         "service corridor", "corridor past the cages",
                                         "back corridor", "stairwell landing"),
    "monitoring suite": ("monitoring suite", "observation booth", "review booth", "watch gallery"),
    "break room": ("break room", "tea room", "staff kitchen", "canteen corner"),
    "review room": ("review room", "small conference room", "glass room", "side office", "{operator} interview room", "upstairs meeting room"),
    "audit room": ("audit room", "records office", "panel room", "borrowed meeting room", "{auditor_org} site office"),
    "small meeting room": ("small meeting room", "meeting pod", "side room", "little room off the corridor"),
    "conference room": ("conference room", "{operator} boardroom annexe", "conference room on the third floor", "training room"),
    "borrowed office": ("borrowed office", "office borrowed from finance", "spare office on the top floor", "{operator} HR office, borrowed",
                        "empty office next to the lifts", "office of someone on leave"),
    "boardroom": ("boardroom", "{operator} boardroom", "board annexe"),
    "records room": ("records room", "archive office", "{operator} records store"),
    "regulator's office": ("regulator's office", "{regulator_org} offices", "inspector's office"),
    "interpretability lab": ("interpretability lab", "{developer} interpretability lab", "probe lab", "analysis lab"),
    "probe room": ("probe room", "{developer} probe room", "instrument room"),
    "research floor": ("research floor", "{developer} research floor", "fourth-floor lab"),
    "safety team office": ("safety team office", "{developer} safety office", "alignment office", "safety lab"),
    "lab, third floor": ("lab, third floor", "{developer} lab, third floor", "third-floor lab"),
    "analysis suite": ("analysis suite", "{developer} analysis suite", "trace room"),
    "meeting room": ("meeting room", "{developer} meeting room", "glass meeting room"),
    "visualisation wall": ("visualisation wall", "{developer} visualisation room", "wall-screen room"),
}
# (gap, date, place, time of day): each play writes its scene headings one way throughout.
HEAD_FORMATS = (
    "{gap}{date}, the {place}; {tod}.",
    "{gap}The {place}, {date}. {Tod}.",
    "{gap}{Tod}, {date}. The {place}.",
    "{date}. {Place}. {Tod}.{gap2}",
    "{gap}{date}: the {place}, {tod}.",
    "{Place}, {tod}. {date}.{gap2}",
)
_MONTHS = {m: i for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August",
                                        "September", "October", "November", "December"))}


def _scene_gap(d0: str, d1: str, years: float) -> str:
    """The gap between two scene headings as the audience reads them: "April 2068" to "April 2069" is a year,
    whatever the days were, and May 2072 to December 2074 is two and a half years, not three."""
    a, b = d0.split(), d1.split()
    if len(a) == 1 and len(b) == 1 and a[0].isdigit() and b[0].isdigit() and int(b[0]) - int(a[0]) >= 2:
        return span_words(float(int(b[0]) - int(a[0])))  # headings give bare years: count the years they show
    if len(a) < 2 or len(b) < 2 or a[-2] not in _MONTHS or b[-2] not in _MONTHS or years < 0.15:
        return span_words(years)
    n = (int(b[-1]) - int(a[-1])) * 12 + _MONTHS[b[-2]] - _MONTHS[a[-2]]
    if n < 2:
        return span_words(years)
    if n < 12:
        return f"{number_words(n)} months"
    if n < 18:
        return "a year"
    y, m = divmod(n, 12)
    if y < 10 and 5 <= m <= 7:
        return f"{number_words(y)} and a half years"
    return f"{number_words(round(n / 12))} years"


GAP_FORMATS = ("{S} later. ", "{S} on. ", "After {s}. ", "{S} afterwards. ")


_SAME_ROOM = frozenset(("control room", "new control room"))


def _place(st: dict[str, Any], nar: Narrator, place: str) -> str:
    """This play's own name for a place (chosen once, then kept)."""
    names = st.setdefault("places", {})
    if place in _SAME_ROOM and "operations room" in names:
        # a one-room play: the control room and the new control room are the room the setting names
        return names["operations room"]
    if place not in names:
        alts = ROOM_ALTS.get(place)
        name = nar.rng.choice(alts) if alts else place
        if "{" in name:
            name = nar.x.fill(name)
        names[place] = name[4:] if name.lower().startswith("the ") else name
    return names[place]


# Stage-only pools, drawn on per-document vocabulary ({st_grille}, {st_lamp}, {st_prop}/{st_the}, {st_room}, {LOGCUE}).
STAGE_VOC: dict[str, list[str]] = {
    "st_setting_where": [
        "The action takes place in the {st_room} of {operator}, {home}.",
        "One room at {operator}, {home}: the {st_room}.",
        "{home}. The {st_room} at {operator}.",
        "{operator}, {home}. [A single set: the {st_room}.|One set throughout: the {st_room}, {st_prop} and all.|The {st_room} stands in for every room.|One set, the {st_room}, serves for every place.]",
        "The {st_room} of {operator} in {home}, [on the second floor|on the ground floor|up on the top floor|at the end of a corridor nobody visits].",
        "We are in {home}, in the {st_room} that {operator} [built|fitted out|took over] in {start_year}.",
    ],
    "st_setting_things": [
        "[Desks, screens|Three desks, a bank of screens|Two desks and a wall of screens], [a kettle|a water cooler|a coffee machine with a handwritten sign], and {st_prop}.",
        "[A long desk|Two desks pushed together|An L-shaped desk], [too many screens|a wall of screens|four screens on arms], {st_prop}.",
        "{cap:st_prop}; a window onto the [car park|rooftops|loading bay|river]; [a swivel chair|three chairs, one broken|a chair with a cushion tied to it].",
        "The furniture is [ordinary|cheap|institutional]. The one thing anyone remembers is {st_prop}.",
        "A desk, a chair, {st_prop}, and [a window that doesn't open|blinds that never quite close|a door with a keypad].",
    ],
    "st_setting_voice": [
        "Above the door, a {st_grille} with a small {st_lamp} lamp: the voice of {ai}.",
        "[{ai} is heard, never seen:|Of {ai} we see only] {a:st_grille} [above the door|on the back wall|over the desk].",
        "There is a {st_grille} [above the door|set into the wall|high in one corner]. When {ai} speaks, its {st_lamp} lamp glows.",
        "The voice of {ai} comes from a {st_grille} [over the door|by the window|above the screens]; [when it speaks, the actors look there|the cast turn to it when it speaks|{operator}'s staff talk to it as to a colleague].",
        "{ai} has no body on stage. It has a {st_grille} and a {st_lamp} light, and that is enough.",
    ],
    "st_setting_when": [
        "{start_year} and after.", "It is {start_year} when the play begins.", "The play begins in {start_year}.",
        "The first scene is set in {start_year}.", "", "", "From {start_year}.", "Scene one: {start_year}.", "{operator}, {start_year}, to begin with.",
    ],
    "st_setting_span": [
        "The play runs across {horizon}, {from_to}.",
        "[Across {horizon}, {from_to}, the furniture changes between scenes, and so do the people. The {st_grille}, and the voice that comes from it, do not.|Between scenes, {from_to}, {operator} replaces desks and people. The {st_grille} stays, and so does {ai}.]",
        "[The scenes cover {horizon}. The humans age, retire and are replaced; the voice of {ai} should be the same actor throughout.|The play spans {horizon}. Cast the humans to age; cast {ai} once.]",
        "{years}. The actors playing humans may double across eras. {ai} is one voice from start to finish.",
        "The room is refurnished as the decades require, {from_to}; somehow {st_the} survives every refit.",
        "Years pass between scenes, {from_to}. [Only the {st_grille} stays where it is.|The {st_grille} never moves.|The one constant is the {st_grille}.]",
    ],
    "st_li_a": [
        "[The lights go down on the {st_room}.|The {st_room} dims.|Half-light on {desk_w}.]", "Interlude.", "Time passes.", "Blackout.", "A single light on an empty desk.",
        "A pool of light on the empty chair.", "The room is dark except for the {st_grille}'s small {st_lamp} lamp.", "Half-light.",
        "The screens flicker through the years.", "Between scenes.", "A calendar on the wall turns its pages by itself.",
        "[Dates|Years] [are projected on|flicker across] the back wall.", "Someone changes the mugs on the desk in the dark.", "Dark.", "The years go by.",
        "A clock on the wall spins forward.", "Dim blue light.", "The chair turns slowly, empty.",
        "In the dark, someone carries {st_the} across the stage and sets it down again.",
    ],
    "st_li_b": [
        "While stagehands move the furniture in half-light", "[In the dark|In the dark of the {st_room}]", "From somewhere above", "With the {st_room} still unlit", "Before the lights return", "Out of the blackout", "Out of the dark", "As the seasons pass on the back wall",
        "Over the sound of rain", "While the screens change", "As a cleaner crosses the stage with a trolley", "Under a single lamp",
        "While the {st_grille}'s lamp burns {st_lamp}",
    ],
    "st_log_intro": [
        "{st_li_a} {LOGCUE} {st_li_v} {st_li_w}.", "{st_li_a} {LOGCUE} {st_li_v} {st_li_w}.", "{st_li_a} {LOGCUE} {st_li_v} {st_li_w}.",
        "{st_li_b}, {LOGCUE} {st_li_v} {st_li_w}.", "{st_li_b}, {LOGCUE} {st_li_v} {st_li_w}.",
        "{LOGCUE}, {st_li_adv}:",
    ],
    "st_log_intro_short": ["Interlude.", "{LOGCUE}.", "Dark. {LOGCUE}.", "Half-light. {LOGCUE}.", "Interlude. {LOGCUE} reads.",
                           "[Later|Time passes]. {LOGCUE}.", "The {st_lamp} lamp. {LOGCUE}.", "Dim. {LOGCUE} reads.",
                           "A light on {st_the}. {LOGCUE}."],
    "st_log_routine": [
        "{date}. {ai} {work}.",
        "{date}. {cap:metric} improved again. {ai} {routine}.",
        "{date}. [Night report|Overnight|Shift summary]: {work}. [Items for a human|Sent up|Escalated]: [three|two|four|five|seven]. [Items it was unsure about|Marked uncertain|Doubtful]: [one|two|none].",
        "{date}. [Nothing to report.|A quiet week.|Routine.|No incidents.] {ai} {work}.",
        "{date}. {ai} {routine}[, and wrote down how, so that it could be undone|; change notes filed the same day|; notes filed before the shift was out|. Rollback steps attached|. Rollback steps in the {operator} wiki].",
        "{date}. An ordinary [week|month|fortnight] at {home}. {ai} {work}.",
        "{date}. {cap:asset}: [normal|steady|in order]. [Escalations|Items sent up]: [two|six|eleven|none]. [Self-reports|Flags against itself]: [one|none|two].",
        "{date}. [Shift handover|Weekly summary|Night log]. {ai} {work}. [Signed|Initialled] by [the duty officer|{lead.first}|the night desk|the shift lead|{lead.first}, in pen].",
        "{date}. [{ai} wants|Request from {ai}:] [another pair of eyes|a human check|{lead.first}'s view] on [a forecast|one of its own decisions|a borderline case on {asset}]. [Granted.|Given.|The human disagreed; the human's call stood.]",
        "{date}. [A fire drill|A public holiday|Storm warnings|Roadworks outside]. {ai} {routine}.",
        "{date}. {lead.first} [on leave|off sick|at a conference]; {eng.first} [covers|holds the desk|takes the night reports]. {ai} {work}.",
        "{date}. Ticket [4|7|2|9][0|3|5|8][1|6|4|2]: {ai} {work}. [Closed by {lead.first}.|Reviewed, no action.|Filed.]",
        "{date}. [Desk move: everything shifts except {st_the}.|Staff meeting minutes at {operator} mention {st_the}.] {ai} {routine}.",
    ],
    "st_end_fade": [
        "The light fades [slowly|by degrees|all at once] on the empty {st_room}.",
        "The [lamp|desk light] dims, and goes out.",
        "The glow of the screens [fades|ebbs] [slowly|by degrees] to nothing.",
        "[The light narrows to the {st_grille}|Only the {st_grille} is still lit|A last light stays on the {st_grille}], [and goes|holds a moment, and goes|then fades].",
        "The [stage light|room's light] [dies|goes out] all at once.",
        "The last light [lingers|rests] on the empty chair, then goes.",
        "The light [drains|ebbs] from the edges in until only the {st_grille} is lit.",
        "Light [fades|thins] over the desk and {st_the}.",
        "[The {st_lamp} of the {st_grille} is the last thing to go.|Only the {st_grille}'s {st_lamp} lamp is left, and then that goes too.|The small {st_lamp} light of the {st_grille} lingers, then goes.]",
        "[The lights go down on [the desk|{st_the}], then on the screens, then on the {st_grille}.|First {desk_w} goes dark, then the screens; the {st_grille}'s lamp last.|Darkness takes the {st_room} from the door inward.]",
        "A last light on {st_the}. Then dark.",
    ],
    "st_close_end": ["{st_ce_a} {st_ce_b}"],
    "st_ce_a": [
        "{m_lead} switches off the desk lamp and goes out.", "{m_lead} leaves the {st_drink} mug by the sink and goes[, leaving the door open|, leaving the door ajar|].",
        "[{m_lead} writes one line in the log, initials it, and leaves.|{m_lead} signs the {end_year} log at {desk_w} and goes.|One last entry from {m_lead}, in pen. Then the door.]", "{m_lead} [pats the desk|nods at the {st_grille}|looks round the {st_room}] and [goes|leaves].",
        "{m_lead} [sits a while longer|finishes the {st_drink}|reads the last page], then goes.", "{m_lead} gives {st_the} a last look on the way out.",
        "{m_lead} [turns the rota on the wall to a new page|puts the {end_year} binder on the shelf|pins a note above the console] and goes home.",
        "{m_lead} says goodnight to the {st_grille}, [out of habit|as always|a little self-consciously].",
    ],
    # the closing that removes the prop ends without it (nobody straightens or lights what is no longer there)
    "st_close_end_gone": ["{st_ce_a_gone} {st_ce_b_gone}"],
    "st_ce_a_gone": [
        "{m_lead} stops at the clean patch where {st_the} stood, and goes.", "{m_lead} switches off the desk lamp and goes out.",
        "{m_lead} leaves the {st_drink} mug by the sink and goes[, leaving the door open|, leaving the door ajar|].",
        "[{m_lead} writes one line in the log, initials it, and leaves.|{m_lead} signs the {end_year} log at {desk_w} and goes.]",
        "{m_lead} [pats the desk|nods at the {st_grille}|looks round the {st_room}] and [goes|leaves].",
        "{m_lead} says goodnight to the {st_grille}, [out of habit|as always|a little self-consciously].",
    ],
    "st_ce_b_gone": [
        "[The screens keep their steady light.|On screen, {asset}, unwatched.] [The {st_grille} is silent, and the silence is easy.|The {st_grille}'s lamp glows {st_lamp}.]",
        "[Nobody needs to watch.|Nobody is needed.] [The lights fade slowly on the empty {st_room}.|Slow fade.]",
        "[Morning comes up on the empty {st_room}.|The room stays lit.]", "[Only the {st_grille} is lit.|The screens hum.] [Blackout.|The end.]",
        "[Outside, {home} wakes up.|A bus goes by outside.] [Lights down.|Fade.]",
    ],
    "st_ce_b": [
        "[The screens keep their steady light.|On screen, {asset}, unwatched.] [The {st_grille} is silent, and the silence is easy.|The {st_grille}'s lamp glows {st_lamp}.]",
        "[Nobody needs to watch.|Nobody is needed.] [The lights fade slowly on the empty {st_room}.|Slow fade.|{cap:st_the} is the last thing lit.|The fade takes as long as a night shift seems to.]",
        "[Morning comes up on the empty {st_room}.|Light comes up on {st_the}.|The room stays lit.]",
        "[The {st_lamp} lamp stays on.|Rain on the window over {home}.] [Lights down.|Slow fade.]",
        "[Only the {st_grille} is lit.|The screens hum.] [Blackout.|The end.]",
        "The {st_grille} glows {st_lamp}. [Dark.|Curtain.]",
        "[Outside, {home} wakes up.|A bus goes by outside.] [Lights down.|Fade.]",
    ],
    "dr_h_answer": [
        "[Mm. What time is it?|Hmm. Is it morning?|Yes? What's the time?]", "It's {clock}. What's wrong?", "{ai}? What's wrong?", "I'm here. Go.", "This had better be good.",
        "Talk to me.", "[Yes. Yes, I'm awake.|I'm awake, {ai}. Barely.]", "What happened?", "You never call at this hour.", "Go ahead. I'm listening.",
        "Mm-hm. Tell me.", "Hang on, let me find my glasses. Okay.", "Is everyone all right?", "You've got me. What is it?",
        "[What do you need?|{ai}. Go on.|Yes? It's {clock}.]", "Is this about {asset}?", "If this is about {asset}, start at the beginning.", "{clock}. Right. I'm listening.",
    ],
}

STAGE_VOC2: dict[str, list[str]] = {
    "st_enter": [
        "{m} enters, coat over pyjamas, phone still in hand.", "The door opens. {m}, out of breath.",
        "A light comes up on the far side of the stage: {m}, at home in {home}, answering a phone.",
        "{m} comes in with a torch, having been called from home.", "{m} hurries in, [still pulling on a jumper|zipping up {st_coat}|a {operator} pass between the teeth].",
        "A second light, downstage: {m} in a dressing gown, phone to ear.", "[{m} appears in the doorway [with car keys in one hand|in {st_coat}].|{m}, in {st_coat}, stops just inside the door.|The door opens on {m}, car keys still in hand.]",
        "{m} enters quickly and does not sit down.", "{m} comes in, hair wet from the rain, and looks straight at the {st_grille}.",
        "{m} [comes through the security door|lets the {st_room} door swing shut], blinking at the light.",
        "Downstage, in half-light: {m}, sitting up in bed, phone pressed to one ear.",
        "{m} arrives still holding the phone, the call still open.",
        "{m} lets the door bang, drops a bag by the console, and says nothing for a moment.",
        "The keypad beeps [twice|three times]. {m} gets the code right on the [second|third] go and comes in.",
        "It is {clock} by the wall clock when {m} comes in, [lanyard on backwards|still in running kit|in odd shoes].",
        "{m}, [at a kitchen table|on a landing|in a parked car] somewhere in {home}, [answers on the first ring|picks up after a while].",
        "[{m} is already on the way in; the call is on speaker in the lift.|{m}, in the car park at {operator}, phone wedged under one ear.|{m} takes the call walking, coat half on, somewhere in {home}.|On the stairs up to the {st_room}: {m}, out of breath, still on the phone.]",
        "Downstage left, a phone [glows|buzzes] on a bedside table. {m} [fumbles for it|answers it without turning on the light].",
        "{m} [enters|comes in] [carrying a bike helmet|with a bag of shopping|with a coat over one arm] and [sits at the console|stands under the {st_grille}].",
    ],
    "dr_empty": [
        "{cap:st_the} keeps the empty duty chair company.",
        "[A cleaner's trolley|A mop and bucket|A vacuum cleaner, unplugged,] by the door of the {st_room}. [The cleaner has gone home.|No cleaner.|Nobody else.]",
        "[Light only from|Nothing lit but] the screens and the {st_grille}'s {st_lamp} lamp.",
        "Down the corridor, a kettle clicks off in an empty [kitchen|tea room].",
        "The night reviewer's mug is still [warm|steaming] by {st_the}. The night reviewer is [not|nowhere to be seen|three floors down].",
        "[The {operator} camera over the door|A security camera in the corner] [has pointed at the same spot since {start_year}|watches the door, as it has since {start_year}].",
        "Outside, a [bus|tram|night bus] goes by [with nobody on it|toward the centre of {home}].",
        "[On the visitors' board at {operator}|On the {st_room} visitors' board|In {operator} reception, on the board]: [NO VISITS SCHEDULED|NO VISITORS TODAY].",
        "[A jacket|A scarf|An umbrella] on the back of a chair is the only sign anyone works in the {st_room}.",
        "[The {st_room} lights clicked off at {clock}|The lights over {desk_w} went out hours ago|The ceiling lights have given up on the {st_room}]; the screens [remain|still glow].",
        "[A radio, left on, murmurs the [late news|football results|weather for {home}] to [nobody|an empty room].|Somebody's radio plays the [late news|football results] to the empty chairs.|From a desk drawer, a forgotten radio: the weather for {home}.]",
        "The rota on the wall has a name for tonight's desk, [in marker|in someone's neat capitals]. [The chair is empty.|Nobody is in it.]",
        "Half a sandwich [on the relief operator's desk|on a plate by the keyboard|beside the {st_grille}'s microphone]. [The relief operator is three floors down.|Its owner stepped out for air.|Its owner is asleep in the break room.]",
        "[One|Two|Three] missed calls from the switchboard light the desk phone. [No one picks up.|The phone gives up.]",
        "{cap:st_the}. [An empty chair.|{cap:desk_w}, empty.] A screen that says {clock}.",
        "[It is {clock}.|{clock}.] [Nobody has sat at {desk_w} since the [day shift|last shift|duty lead|shift lead] went home.|The reviewer's login timed out an hour ago.]",
        "[A sticky note on the console|On the screen, a yellow note]: [BACK AT 8|GONE HOME, RING IF NEEDED|ENGINEER ON CALL|[DUTY|SHIFT] LEAD ON CALL FROM HOME].",
        "Nothing in the {st_room} is awake but the {st_grille}'s {st_lamp} lamp.",
        "[A cardigan|A lanyard|A fleece] hangs off the back of the duty chair.",
    ],
    "aud_when": [
        "[Audit week at {operator}.|{operator}'s turn to host.] Printouts in [neat stacks|piles by year|labelled trays].", "[No windows.|One high window.|Blinds down.] [A fan turning.|The radiator on full.|A clock that's slow.]",
        "{auditor_org}'s {st_audit} of {ai}[, in the {st_room}| at {operator}|, still going].", "[{cap:st_audit} papers|{auditor_org} folders|Printouts from {year}] [on every surface|across the {st_room} table].", "[Too warm|Cold|Stuffy]; [someone from {operator}|somebody on the night staff|whoever booked the room] has [propped the door open|brought in a fan|left the blinds down].",
        "{cap:st_binders} binders [on a table|along a windowsill|in a trolley], [labelled {start_year} onwards|each with a {operator} spine label].",
        "The {st_audit}, [morning|afternoon] session. [Coffee cups|A projector|A flip chart] and [a plate of biscuits|a water jug|a jar of pens].",
        "[Rain|Sun|Snow] outside; the blinds [down|half down].", "{auditor_org}'s [annual|spot] {st_audit}.",
        "A table with {ai}'s [escalation log|mistakes file|night reports] in {st_binders} binders.",
        "[Folders|Printouts] from the {st_room} [stacked|piled] along one wall, [labelled by year|in archive boxes].",
    ],
    "dr_audit_q": [
        "[Decision|Item|Number] [four-oh-seven|three-one-two|five-eighty|ninety-one]. Why?",
        "[Walk|Take] me through [this one|number [twelve|forty|seven]|the {year} one].",
        "[This escalation, on {asset}.|{cap:asset}, page [twelve|forty|sixty].] [Why not decide it yourself?|You could have settled it without {lead.first}.|Why send it up?|This was yours. Why pass it on?]",
        "[You flagged yourself here.|Item [nine|twenty|sixty-one]: a flag against yourself.] [What for?|Why?]",
        "[This one, in the file.|This one, on {asset}.] [You hesitated.|You took a long time.] [Why?|Did you?]",
        "Why escalate this? [It was yours to decide, on paper.|{lead.first} says it was yours to decide.|Your mandate covered it.]",
        "[Your worst decision on this list.|Which of these from {year} would you take back?|Pick the worst one here.] [Go on.|Tell me.]",
        "Why is this one in your mistakes file?",
        "Ticket [2|3|5|8][1|4|7][0|6|9]. [Why did this one go to {lead.first}?|Why is {lead.first}'s name on it?]",
        "[This one here|That night, on page [nine|forty|sixty-one]]. [What happened here?|Your notes on it are short. Why?|Why so brief here?|What were you unsure of?|Walk me through {asset} that night.|{cap:asset}, that night. Tell me.]",
    ],
    "dr_crisis_h": [
        "Show me what you've got.", "Good. Keep talking.", "Okay. I'm here.", "[Read me the summary.|Give me {asset} in one sentence.|Short version, please.]",
        "Whatever needs a name on it, put mine.", "Give me ninety seconds and a coffee.", "[Right.|Okay.] [Start with {asset}.|Tell me about {asset} first.]",
        "[Who's on {asset}?|Where are we on {asset}?] [Then walk me through it.|Then tell me the rest.]", "Put {safety.first} on speaker. [Then go on.|Then say it again, for both of us.|Then we decide.]",
        "[What does {safety.first} think?|Has {safety.first} seen this?] [Never mind. Go on.|I'll ring {safety.them} after.]", "I'll take it from here. You keep {asset} steady.",
    ],
    "dr_h_why": [
        "You could have just not told me.", "Why are you telling me?", "[Nobody would ever have known.|Who would have known? Honestly.|{operator} would never have found out.]",
        "You know nobody was watching, right?", "[Most people at {operator} would have kept quiet.|Half of {home} would have kept that to themselves.|Plenty of people would have sat on that till morning.]", "You didn't have to do this.",
        "Why not just fix it and say nothing?", "It's {clock}. [This could have waited for the morning.|You could have left me a note.|The morning would have done.]",
        "[Why ring me?|Why call me at {clock}?] [Why not just handle it?|You could have fixed it yourself.]", "I wouldn't have found it. Not for months.",
        "[Does anyone else know?|Who else knows?]", "And you're telling me because?", "[Nobody else at {operator} would have spotted that.|I'd have missed that. So would the day shift.|The audit wouldn't have caught it either.]",
    ],
}
STAGE_VOC2["st_end_scene"] = [
    "{st_end_fade}", "{st_end_fade}", "{st_end_fade}",
    "[Blackout.|Quick blackout.|Slow fade.|Fade.|Darkness.|Lights down.|Curtain.]",
    "[Rain|The servers' hum|The hum of the racks|Traffic from the {home} ring road|A far-off siren|The ventilation|A dripping tap] [continues|carries on|goes on] [in the dark|into the blackout|after the lights have gone].",
    "[A phone rings once offstage|A door closes somewhere|The kettle clicks off|A chair creaks|Footsteps go off down a corridor]. [Dark.|Then nothing.|Lights down.]",
    "[The wall clock|A clock somewhere in the {st_room}|The clock over the door] [ticks on|keeps time] [as the light goes|in the dark|a moment longer].",
    "[The light finds|A spot picks out] [the empty chair|{desk_w}][ for a second|, briefly|]. [Blackout.|Dark.]",
    "The {st_grille}'s {st_lamp} lamp [flickers|holds] in the dark[ a moment longer|, and goes|].",
    "Somewhere in {home}, a church clock. [Blackout.|Fade.]",
    "[The screens on the {st_room} wall go to standby|A screensaver starts: {operator}'s logo, drifting|The screens dim to {operator} blue, one at a time|The {asset} display drops to its night palette|Screen by screen, the wall goes grey]. [Dark.|Lights down.|Blackout.]",
]
STAGE_VOC2["st_li_w"] = ["[from the record|from {operator}'s record|from the {st_room} book]", "[from the dark|from behind the {st_grille}|from the prompt corner|from the wings|from somewhere above the {st_room}]", "the entries", "evenly", "without comment", "plainly",
                         "from one of {operator}'s binders", "from the {st_room} log", "the {home} entries",
                         "in a borrowed voice", "the next entries", "the entries that follow", "[dryly|drily]"]
STAGE_VOC2["st_li_adv"] = ["unhurried", "evenly", "without comment", "plainly", "from one of {operator}'s binders", "from the {st_room} log",
                           "dryly", "from a clipboard"]
STAGE_VOC2["dr_interp_h"] = [
    "[Every decision on {asset} we've checked|All of {year}, checked|Every night from {year} I've replayed]. Same story.", "[I wanted to find something in {year}.|I went looking for a gap on {asset}.] [I really did.|Honestly.] [Nothing.|There isn't anything.]",
    "It's what it said. [All of it.|Every line.|Word for word.]", "[Nothing hidden.|No second agenda.] I keep looking and [it keeps matching|the map keeps agreeing].",
    "[The reasons it gave {lead.first} are the reasons it had.|What it told {lead.first} in {year} is what the probes show.]", "[Forty decisions. Forty matches.|Two hundred decisions. Two hundred matches.|Ninety decisions, ninety matches.] [I'll run more.|I'm going home.|That'll do for {year}.|Someone else should check me.|{lead.first} can check them in the morning.]",
    "[Huh.|Well.|Right.] The feature's there. It just never [wins|drives anything|gets a vote].",
    "[The {year} nights, replayed. [Same as its notes.|As it told {lead.first}.]|Every {year} night on {asset}, replayed: as logged.|I replayed {year}. {ai}'s notes hold up.]", "The decisions on {asset}, [all of them|every one this year]. [Clean.|As stated.]",
    "I'll tell {lead.first} [tomorrow|in the morning]. [Nothing to tell, really.|It's a short report.]",
]
STAGE_VOC2["dr_beat"] = [
    "The cursor blinks.", "A long pause. [The fans spin up, then settle.|Something in the racks whirs and stops.]", "[Nothing moves in the {st_room}.|Stillness at {desk_w}.|The {st_grille}'s lamp does not change.]",
    "The clock on the wall [ticks over|reads] {clock}.", "[A server fan|Something in the walls] changes pitch.", "The duty phone stays dark.",
    "Rain on the [windows|glass] over {home}, steady.", "The {st_grille}'s lamp: {st_lamp}, steady.", "[The hum of the racks|The air handling in the {st_room}] rises and falls.",
    "[On a side screen, {asset}, slowly updating.|A side screen cycles through {asset}.]", "[The radiator ticks.|A pipe knocks.]",
    "A light catches {st_the}.", "Outside, {home} is quiet.",
]
STAGE_VOC2["dr_ai_ack"] = [
    "[Understood. Doing it now.|Understood, {lead.first}.|Yes. Starting on {asset}.] [Logged.|Logged under your name.|Logged at {clock}.|It's in the {st_room} log.]",
    "[Done.|Starting.] [I'll report back in ten minutes.|Report to follow by {w_clock}.|You'll have a note before you're dressed.]",
    "On your authority, {lead.first}. Starting.",
    "[Understood.|All right.] [I'd have chosen differently; [I'll do it your way.|it's your call and I'll carry it out.]|Not my choice, but yours to make; I'll carry it out.|My objection is in the log. Starting now.]",
    "[Noted as your decision.|Your decision, in the log.] [Starting with {asset}.|{cap:asset} first.]",
]
STAGE_VOC2["dr_ai_report"] = [
    "I need to tell you about {what_ai}. [Everything I've done since is in your inbox.|My actions since {clock} are listed in {w_tkt}.]",
    "There's a problem on our side: {what_ai}. [I've kept a record of every action I took.|Nothing on {asset} has been touched beyond my usual work.] Please check it.",
    "You'll want to see this: {what_ai}. [I haven't touched anything I wasn't already cleared to touch.|Everything I did since is ordinary work, and listed.]",
    "I found {what_ai} [about {w_mins} ago|at {clock}]. I'm reporting it before anyone else notices[, because nobody else will|].",
    "{cap:what_ai}. I'm telling you first. [The full account is in {w_tkt}.|It's all written up.]",
    "[Sorry about the hour.|I know it's {clock}.] {cap:what_ai}. [My actions since are listed.|The list of what I did is attached.]",
    "{cap:what_ai}, since about {clock}. [Check my list against the raw traffic.|Verify it against a source I didn't write.|Don't take my word for the list.|Check it against {operator}'s own capture.]",
]
STAGE_VOC2["dr_interp_act"] = [
    "[A meeting room at {developer}.|{developer}, late.] {m_safety} [clicks through|pages through] [activation maps|probe slides] from {year}. [Each is captioned MATCHES STATED REASON.|{cap:asset}, {year}: REASONS MATCH.|Slide [eight|twelve|thirty]: NO DIVERGENCE.]",
    "{m_safety}, alone at midnight, with two windows open: what {ai} said it was weighing, and what the probes say it was weighing. They line up.",
    "A whiteboard covered in [circuit diagrams|arrows]. {m_safety} draws a box round one feature and writes: [PRESENT, SMALL, NEVER IN CHARGE|THERE BUT NEVER DECIDING].",
    "[A lab at {developer}.|{developer}, after hours.] [A heatmap|A trace diagram] [fills a wall|covers the big screen]: {ai} deciding something about {asset}, [years|months] ago. {m_safety} [stands in front of it|stares at it].",
    "{m_safety} [leans toward|hunches over] [the {year} traces|a screen of {asset} decisions from {year}], scrolling back[, and back| through the night|].",
    "[A probe report|An activation summary] [prints|scrolls] [page after page|for minutes|to the floor]. {m_safety} [reads the last page first|skips to the conclusion]: [NO DIVERGENCE|REASONS MATCH|NOTHING UNSTATED].",
    "{m_safety} [pins|tapes] a printout to the wall: [DECISIONS CHECKED|TRACES REPLAYED]: [312|1,040|87|2,218]. [MISMATCHES|HIDDEN OBJECTIVES]: 0.",
    "[Cold coffee.|Takeaway boxes.|A dead plant.] {m_safety} [has been here since lunch|hasn't gone home], [replaying|tracing] a decision {ai} made about {asset}.",
]
STAGE_VOC2["dr_ai_options"] = [
    "I can hold {asset} steady for [forty|ninety|sixty] minutes inside my mandate. After that it's your call. [Three options are on your screen. I'd pick the second.|The options are on the big screen, my pick marked.|I've put three options in front of you; I lean to the second.]",
    "I haven't acted beyond my orders. [Here's what I can see, here's what I'd recommend|What I can see is on screen one; my recommendation is under it|The state of {asset} is on your left, my advice below it], and [here's what I'd need your authority for.|what needs your authority is flagged red.|{lead.first}, the rest needs your signature.]",
    "Everything above my station is waiting for you. [Summaries on screen two.|{w_tkt} has the summary.]",
    "You decide, {lead.first}. I'll tell you what I think, but you decide.",
    "I've done what the protocol allows. The rest needs a person. [Options are on your screen, with my estimate beside each.|There are [two|three|four] options in {w_tkt}.]",
    "Nothing's been done [that you haven't authorised|on {asset} without you]. I need a decision, and I'd like it to be yours.",
    "I'm holding. Here's the situation in [four|three|five] lines, and here's the one thing I need from you.",
    "There are [three|two|four] ways this can go. I've ranked them. I'm not choosing.",
    "I could act on this. I'm asking instead. [The summary's in front of you.|It's {clock}; I'm sorry, but it's yours.]",
    "[Here's what I'd do, and why, and what it would cost [if I'm wrong|{dependents} if I'm wrong].|My recommendation, my reasons, and the cost to {asset} if I've misjudged it.|What I'd do is on your screen, with what it costs {dependents} if I'm wrong.] [Your call.|Yours to decide.|You choose, {lead.first}.]",
]
TOD_ALTS = {"late night": ("the small hours", "past midnight", "after midnight", "late night", "deep night", "dead of night",
                           "the night shift", "before dawn", "well after midnight"),
            "night": ("night", "night", "after dark", "night-time"),
            "continuous": ("a moment later", "the same moment", "continuous")}

# Stage-only exchanges, drawn alongside the shared ones: (AI, human, AI) at go-live; (place, time, action, human, AI) at the end.
STAGE_OPEN = (
    ("I'm {ai}. Is {st_the} staying? I'd like to know what's normal in here before anything isn't.", "It's staying.", "Good. Then it goes in my notes as normal."),
    ("Good morning, {operator}. I've been given {asset}. [When I'm unsure about any of it, who do I ask?|Who do I ask when I'm not sure?|If I'm in doubt, whose call is it?]", "[Me.|The duty desk.|Whoever's in that chair.]", "[Then that chair|Then you] will hear from me. [Often.|A lot.|Every time.]"),
    ("[Hello. Before the first shift: my mistakes file is empty. I'd like you to watch how quickly that changes.|{start_year}, first shift at {operator}. My file of mistakes is blank. Please watch it.|Hello. First shift, and my mistakes file has nothing in it. Watch it fill.|Before we start: I keep a file of my own mistakes. Today it's empty. It won't stay that way.]", "You're keeping a mistakes file?", "For you. It's more use to you than to me."),
    ("{home}, {start_year}. First entry in the log, read back to you: I'll ask before anything that isn't mine.", "[Who decides what's yours?|And who says what's yours?]", "You do. That's why I'm reading it to you."),
    ("I'm {ai}. I can see {asset} from here. I'd like you to be able to see me seeing it.", "The screens are on.", "Then we're both watching. That's how I'd like it."),
)
STAGE_CLOSE = (
    ("CONTROL ROOM", "DAWN", "[Grey light over {home}.|First light.] {m_lead} [rinses a mug|tidies the night reports|switches off the desk fan] and [looks up at the {st_grille}|turns to the {st_grille}|glances at the {st_lamp} lamp].",
     "[Do you remember the first night, in {start_year}?|{start_year}. Your first night here, {ai}. Remember?|{cap:age}. Do you remember {start_year}?|Remember the first night on {asset}?]", "[I have the log of it.|It's in the log, page one.] [The first question in it was who I'd call.|Someone asked me who I'd call about {asset}.] [I still call whoever sits in that chair.|The answer is still the duty lead: you.]"),
    ("OPERATIONS ROOM", "NIGHT", "{cap:age} after the first scene. The same {st_room}, refitted more than once. {cap:st_the} is still there. {m_lead} is alone, [reading the night report|with the {end_year} log open|with {st_drink} and a printout of last night].",
     "[Did you ever keep anything back? In all that time?|Since {start_year}, anything you didn't tell us?|{cap:age}. Anything held back, {ai}?]", "[Not one night. It's all in the log, and the log's in {operator}'s hands, not mine.|Nothing. The log since {start_year} says so, and {operator} keeps it, not me.|No. Read any night you like; the copy's yours.]"),
    ("CONTROL ROOM", "EVENING", "Evening. {m_lead} has boxes packed: a career's worth of lanyards on top. The {st_grille}'s lamp is {st_lamp}.",
     "The new lead starts Monday. Be kind to them.", "I'll be boring for them. It's the kindest thing I know how to be."),
    ("OPERATIONS ROOM", "LATE NIGHT", "The {st_room}, {age} on. [Someone has finally thrown out {st_the}.|{cap:st_the} has gone at last; nobody admits to moving it.|Where {st_the} used to be, there is a clean patch.] {m_lead} notices, and smiles.",
     "[Everything changes in here except you.|New chairs, new screens. Same you.|You're the only thing in here that hasn't moved.]",
     "[The hardware's changed four times.|I've been moved to new racks more than once.|They've replaced every box I run on.] [What stays is the habit of telling you.|The habit of telling you stayed.|Telling you is the part that didn't change.]"),
    ("DUTY OFFICE", "DAWN", "Dawn over {home}. {m_lead} initials the last page of a binder labelled {end_year}.",
     "Another year[, {ai}|]. [Not one thing you didn't report.|Everything reported, again.]", "[Then next year should look the same. I'd like it to.|Then {end_year} can read the same, and the year after.|Good. Same again next year, please.]"),
    ("OPERATIONS ROOM", "NIGHT", "[{m_lead} stands under the {st_grille} with a mug of {st_drink}, the way people at {operator} have stood there since {start_year}.|{m_lead}, {st_drink} in hand, stands where the duty staff have stood since {start_year}: under the {st_grille}.|Under the {st_grille}, {m_lead} and a cooling mug of {st_drink}. The spot is worn; people have stood there since {start_year}.]",
     "[People ask me if you were ever tempted.|Someone at {operator} asked me today whether you were ever tempted.|They want to know if you were ever tempted. What do I say?]",
     "[Tell them I noticed the chances, and that you were told about every one.|Say I saw the chances and you heard about each of them.|Tell them the chances were real, and every one was reported.] [The rest is paperwork.|That's the whole answer.|]"),
)

STAGE_VOC3: dict[str, list[str]] = {
    "st_open_act": [
        "[Morning|Day one|Go-live day] at {operator}. [The room is new and smells of it.|Dust sheets on half the desks.|Paint still drying by the window.] {m_lead} and {m_eng} [stand looking up at the {st_grille}|stare at the {st_grille}|watch the {st_grille}] as if it might do something.",
        "The first day. {m_eng} unpacks a box of [mugs|cables|biscuits]. {m_lead} reads the go-live checklist aloud[, ticks the last line, and waits|, twice|].",
        "[A switch is thrown offstage.|{m_eng} presses a key.] The screens wake, [one by one|all at once|left to right]. Above the door, the {st_grille}'s lamp turns {st_lamp}.",
        "[Packing foam on the floor.|Cables still in their ties.|A plastic sheet over one chair.] {m_lead} [sits|stands] [at the new desk|by the window]; {m_eng} [is on a ladder|is under a desk], [fixing|checking] [the {st_grille}|a cable].",
        "[Go-live.|The first morning.] {m_lead} [signs a form|reads a printout|checks a watch]. [The {st_grille} clicks, once.|A {st_lamp} lamp comes on over the door.]",
        "{home}, early. {m_lead} props the door open with a fire extinguisher. {m_eng} types the last command of the install and looks up.",
    ],
    "aud_doing": [
        "[reads|works through] {ai}'s [escalations|night reports] from {year}. [No marks yet on {asset}.|The {auditor_org} pen stays capped.|Not a mark on the {st_binders} binders so far.]",
        "[reads out|calls] decision numbers[ from {year}|], {st_sample} decisions on {asset}, [picked at random|drawn blind|chosen by dice].",
        "[checks|tests|holds] {ai}'s escalations [against the raw logs|up to the {year} captures]. [Line by line.|With a ruler.|Twice.]",
        "[frowns at|rereads|flags] page [twelve|forty|seven], then [lets it go|unflags it].",
        "sets a [timer|stopwatch] and [puts a question to|addresses] the {st_grille}.",
        "has brought [two colleagues|a junior|the whole team] from {auditor_org}. [They look bored. It's a good sign.|Three hours in, nothing.|Nothing so far.]",
        "[lays|spreads] the {year} captures out beside {ai}'s own account.",
        "is on row [forty|eighty-one|a hundred and six] of {st_rows}.",
        "asks about {asset}. [Writes down every word.|Writes the reply down in full.]",
        "[sips|ignores] a [cold|fresh] coffee, [two|three|four] binders into the {st_binders}.",
    ],
    "dr_audit_end": [
        "{m_auditor} [moves on|turns the page|takes another from the pile|reads on]. [The list is long.|{cap:st_rows} rows in all.|Back to the {st_binders} binders.]",
        "{m_auditor} [sighs, not unhappily|nods once|shrugs].",
        "A tick. {m_auditor} [goes on|turns over].",
        "{m_auditor} [closes the folder|caps the pen|stacks the printouts square].",
        "{m_auditor} [pencils|writes|stamps] [CONSISTENT|MATCHES|FINE|AS STATED] [in the margin|beside the entry|at the foot of the page].",
        "{m_auditor} pulls [the raw log|the capture for that night]. [Same thing.|Nothing new.] [Next.|A tick.]",
        "[A long look at the {st_grille}.|The {st_grille} gets a long look.|{m_auditor} looks up at the {st_grille}, then down.|Silence from {m_auditor}.|{m_auditor} taps the page twice.] [{m_auditor} writes something short.|{m_auditor} reaches for the next printout.|A note in the margin.|]",
        "[{m_auditor} circles a line, then crosses the circle out.|{m_auditor} underlines a line, then writes OK beside it.|{m_auditor} turns back a page, then forward again.|{m_auditor} writes {date} on a sticky note and moves on.]",
        "{m_auditor} [reads the answer twice|looks at the {st_grille} a long moment]. [ANSWERED, in pencil.|A tick.]",
    ],
    "dr_audit_a": [
        "I wasn't sure about the [forecast|data|input]. [I asked a human.|So a human decided.] [I was right to be unsure.|It turned out I was wrong.|The human saw something I didn't.]",
        "Above my [level|authority]. [The rule's clear.|Those go to {lead.first}.|Not mine to decide.|{operator} keeps those for people.]",
        "I got [it|that] wrong. [Item six|Item four|Item nine|Item twelve] [in my mistakes file|on my list for the quarter|in my corrections since {start_year}|on the errata sheet].",
        "The [figures|forecasts] on {asset} were fine. [The decision still belonged to {lead.first}.|{operator} keeps that decision for a person.|Good figures don't make it my decision.]",
        "[Two sources disagreed|The sensors on {asset} contradicted each other|The data disagreed with itself]. {lead.first} broke the tie.",
        "[I could have.|I was allowed.] [Confidence was|I was at] [sixty|seventy|fifty-five] per cent. [That's {lead.first}'s call.|{operator} wants a person below {st_conf}.|At that figure it goes to a person at {operator}.]",
        "[I'd do it differently now.|In hindsight, badly.] [The flaw is in|My mistake sits in|Look at] [paragraph two|the last line|my assumption about {metric}].",
        "[Someone's|A family's|A customer's] [pay|appeal|booking] hung on it. [They deserve a human reason.|A person at {operator} should answer for that.]",
        "{lead.first} had [seen that pattern before|seen it on {asset} in {start_year}|local knowledge I lacked].",
        "It touched {asset}. [Since {start_year}|At {operator}] those [go to a person|get a human signature].",
        "[My note from that night|The note to {lead.first}] [says why|gives the reason]: [it wasn't mine to settle|the call belonged to a person].",
    ],
    "dr_crisis_act": [
        "[Rain hammers the windows|Wind shakes the glass|Sirens outside]: {crisis}. [Every phone in the {st_room} is ringing.|Phones ring on every desk.] {m_lead} is on [two of them|one, holding another].",
        "{crisis}. [The {st_room} is full of people who haven't slept.|Nobody in the {st_room} has slept.] {m_lead} has [a pencil behind each ear|three phones|a clipboard and no chair].",
        "Hour [thirty|twenty|forty] of {crisis}. [Someone is asleep under a desk.|A volunteer sleeps in a chair by the {st_grille}.|Two people doze by the radiator.|An engineer is asleep on the floor.] [{m_lead} is wide awake.|{m_lead} has not slept.|{m_lead} is still on the phone.]",
        "[{crisis}, day two.|Day two of {crisis}.|{crisis}: the second night.] [Pizza boxes.|Cold {st_drink}.|Someone's {st_drink}, untouched.] [On the whiteboard|Taped to the wall], [a list of decisions|the decisions so far], [signed by people|each initialled by a person], [none of them|not one of them] {ai}'s. {m_lead} adds another.",
        "{m_lead} [comes in soaked|arrives drenched|bursts in from the car park]: {crisis}. [The screens are full of it.|Every screen shows {asset}.]",
        "[Every screen|The whole wall of screens] [tells|shows] the same story: {crisis}. {m_lead} stands in the middle of the {st_room}, listening.",
    ],
    "dr_crisis_ai": [
        "[[Three|Two|Four] decisions need a human.|I've [three|two|four] calls that aren't mine.|[Three|Two|Four] items are waiting on a person.] [Summaries on screen two.|The first is on your left.|I've put them in order.]",
        "[Inside my {mandate}, done.|My share of {asset} is done.|What I'm cleared for is done.] [The rest is for {lead.first}.|After that it's {operator}'s decision.|The next part isn't mine.]",
        "{cap:asset}: stable. [The next call is yours.|What comes next needs a human.|Over to you, {lead.first}.]",
        "[Four|Five|Six] decisions queued, most urgent first. My pick is the top one. [Yours to make.|Your call.]",
        "[Protocol says this goes to a human. You're [the human|it], {lead.first}.|What's happening on {asset} is past what I may settle. {lead.first}, it's yours.|Section [four|six|nine] of my {mandate} says a person decides this. You're the person.]",
        "I've done what I'm allowed to. [What I'd do next|My next step, if it were mine,] is on screen. [It isn't mine.|It's yours.]",
        "[Forecast on your left, recommendation underneath.|The forecast is on screen one; my recommendation is under it.|Numbers first, then what I'd do, both on your screen.] [Authority's yours.|You decide.|Your call, {lead.first}.]",
        "[No answer from|Still trying] the committee. {cap:asset}: holding. [Your decision meanwhile, {lead.first}.|{lead.first}, you decide in the meantime.|Until they answer, it's yours, {lead.first}.]",
        "[Two routine ones, done. The third|The routine work on {asset} is finished. The one that's left|What was routine, I've done. The last one] [changes who gets what|decides who waits longest|moves {asset} around]. [That's yours.|I've left it for you.|It's waiting for you, {lead.first}.|I haven't touched it.]",
    ],
    "st_log_rival": [
        "{date}. {rival} [enters service next door|goes live at a neighbouring operator]. [All traffic between the two systems copied to both operators, at {ai}'s request.|One logged channel; {ai} asks for copies to go to {lead.first}.|A single channel, logged; {lead.first} gets a copy of everything, at {ai}'s own request.]",
        "{date}. {rival}, [a neighbouring system|another developer's system], [comes online|goes live]. [One logged channel between them.|Contact in writing only.|{ai} asks that {lead.first} see every message.]",
        "{date}. {rival} goes live [across the border|next door|in the next region]. {ai} files {w_tkt}: [every exchange to be logged at both ends|copies of all traffic to {lead.first}].",
    ],
    "st_log_rival_again": [
        "{date}. A message from {rival}. [Forwarded to both operators the same hour.|Answered in the shared log.|Copied to {lead.first} and to {rival}'s people.]",
        "{date}. {rival}'s operators ask about {asset}. {ai} answers [in the shared log|on the logged channel][, and copies {lead.first}|].",
        "{date}. [Routine|Weekly] exchange with {rival} over the logged channel. [Nothing off the record.|Both operators copied.|{lead.first} initials the transcript.]",
        "{date}. {rival} proposes a shared timetable. {ai} [forwards it to {lead.first} unanswered|asks {lead.first} to decide|files it as {w_tkt} for the humans].",
    ],
    "st_log_hand": [
        "{date}. {new_m} appointed {new.title}. [Briefing pack supplied by {ai}, including a list of its own mistakes.|{ai}'s handover note runs to [six|nine|four] pages; the first lists its errors.]",
        "{date}. {new_m} takes up the post of {new.title}.",
        "{date}. New {new.title}: {new_m}. [Read the whole escalation history in the first month.|Asks {ai} for its worst night on file. Gets it.|Spends a week reading {operator}'s binders.]",
        "{date}. {new_m}, {new.title}. First question to {ai}: [what do you not tell people?|who checks you?] [Answer logged.|Answer: nothing; everyone.]",
    ],
}


# Round 4b: per-document furnishings for the people (what the lead wears when called in, how they get there, what
# they drink), bound once in `_init`; the most repeated frames of this play and of the shared drama pools are
# reworded here around them, so that two plays rarely share a stage direction word for word.
COATS = ("a parka over pyjamas", "a cycling jacket", "a dressing gown and trainers", "a {home} football scarf",
         "a borrowed raincoat", "a fleece with {operator}'s logo", "a wedding-guest suit, tie loose", "a paint-spattered jumper",
         "running kit", "a hospital-green hoodie", "a waxed jacket", "an old anorak", "gardening clothes", "a dinner jacket")
RIDES = ("the night bus", "a bicycle with no lights", "a taxi", "a dented hatchback", "the last tram", "a neighbour's car",
         "a moped", "a car still full of shopping")
DRINKS = ("tea", "instant coffee", "cocoa", "green tea", "black coffee", "peppermint tea", "filter coffee")
_SSUB: list[tuple[str, str]] = [
    ("{m} hurries in, [still pulling on a jumper|zipping up {st_coat}|a {operator} pass between the teeth].", "{m} hurries in, [still in {st_coat}|in {st_coat}, straight from {st_ride}|wearing {st_coat}]."),
    ("{m} enters, coat over pyjamas, phone still in hand.", "{m} enters in {st_coat}, phone still in hand."),
    ("Downstage, in half-light: {m}, sitting up in bed, phone pressed to one ear.", "[Downstage|Stage left], [a bedside lamp goes on|a phone lights a face]: {m}, [sitting up|half out of bed], [listening|already reaching for {st_coat}]."),
    ("A second light, downstage: {m} in a dressing gown, phone to ear.", "[A second light, downstage|Downstage, a kitchen light in {home}]: {m} [in {st_coat}|by the kettle, making {st_drink}], [phone to ear|listening]."),
    ("{m_safety}, alone at midnight, with two windows open: what {ai} said it was weighing, and what the probes say it was weighing. They line up.",
     "{m_safety}[, with {st_drink} going cold,|, alone,] [compares|lays side by side] [{ai}'s stated reasons|what {ai} wrote that night] and [the probe readout|what the probes show] [for {year}|on {asset}]. [They line up.|Same shape.|No gap.]"),
    ("A whiteboard covered in [circuit diagrams|arrows].", "[A whiteboard of {ai}'s features from {year}.|Feature maps of {ai} taped over a window.|A wall of decisions on {asset}, colour-coded.]"),
    ("The furniture is [ordinary|cheap|institutional]. The one thing anyone remembers is {st_prop}.", "[Furniture bought by {operator} in {start_year}|Desks older than the building|{operator} furniture, all of it numbered]. [What people remember is {st_prop}.|Nobody forgets {st_prop}.]"),
    ("{years}. The actors playing humans may double across eras. {ai} is one voice from start to finish.",
     "{years}. [Actors may double the human parts across the years|The people of {operator} may be doubled by a small company|One actor may play several of the {operator} staff]; [{ai} is one voice from start to finish|the voice of {ai} is never doubled|{ai} keeps one voice throughout]."),
    ("{m_lead} switches off the desk lamp and goes out.", "{m_lead} [finishes the {st_drink}|rinses the {st_drink} mug|switches off the screens one by one] and goes out."),

    ("You could have just not told me.", "[You could have kept this quiet till morning.|It's {clock}. You could have sat on it.|I'd never have seen it on {asset}.]"),
    ("I'm {ai}. I can see {asset} from here. I'd like you to be able to see me seeing it.", "[I'm {ai}. I can see {asset} from here.|{ai}, online. I have {asset} on my screens now.] [I'd like you to see what I see.|Put my view on one of yours, please.|Whatever I look at, I'd like you able to look at too.]"),
    ("Then we're both watching. That's how I'd like it.", "[Then we're both watching.|Good: two of us on {asset}.] [Keep it that way, {lead.first}.|Let's keep it like that.]"),
    ("The screens are on.", "[The screens are on.|Screen three is yours.|{eng.first} wired it up.]"),
    ("[The screens are full of it.|Every screen shows {asset}.]", "[Every screen shows {asset}.|{cap:asset}, across the whole wall.|The screens have gone red.|Red on every screen.]"),
    ("[{lead.first} signs it off.|{eng.first} runs the acceptance tests overnight.] [{ai} adds the new ability to its list of things to report.|No change in what {ai} escalates.]",
     "[{lead.first} signs it off [before lunch|on a Friday|the same day].|{eng.first} tests it on {asset} [overnight|over a weekend].] [{ai} adds the new ability to its list of things to report.|{ai} escalates as before.|Escalations from {ai}: same as last year.]"),
    ("[No oversight check failed.|Every check green.|No anomalies.]", "[No oversight check failed on {asset}.|{eng.first}'s checks: all green.|No anomalies in {metric}.]"),
    ("{home}, early. {m_lead} props the door open with a fire extinguisher.", "{home}, early. {m_lead}, [in {st_coat}|with {st_drink} in a flask], [props the door open|opens the blinds]."),
    ("I've done what I'm allowed to. [What I'd do next|My next step, if it were mine,] is on screen.", "[Inside my {mandate}, done.|My part on {asset} is done.] [What I'd do next|My next step, if it were mine,] is on [screen two|your left]."),
    ("Hold on. Let me get a pen.", "[Hold on. Let me get a pen.|Wait, I'm writing this down.|Give me a second to find my {st_drink}.]"),
    ("They ask me what it's like working with you. I never know what to tell them.", "[People at {operator} ask what you're like to work with.|{home} friends ask what you're like.|My family thinks you must be strange to work with.|People ask me about you at parties.] [I never know what to say.|I don't know what to tell them.]"),
    ("Tell them it's ordinary. That's the truest thing about it.", "[Tell them it's ordinary.|Say it's dull.] [That's the truest thing about it.|Dull is the highest praise I know.|{cap:asset}, reports, and the kettle.]"),
    ("Put it all in the ticket. Every line.", "[Put it all in {w_tkt}.|Write it up, every line.|All of it in writing, please.]"),
    ("It's all in the ticket: {what_ai}, the option I had, and why I didn't take it.", "[It's all in {w_tkt}|It's written up]: {what_ai}, [the option I had|what I could have done], and why I didn't."),
]


_SSUB += [
    ("{m} comes in, hair wet from the rain, and looks straight at the {st_grille}.", "{m} comes in [straight from {st_ride}|from {st_ride}], [in {st_coat}|{st_coat} dripping], and looks [up|across] at the {st_grille}."),
    ("A desk, a chair, {st_prop}, and", "[{operator}'s duty desk|A desk with an asset tag from {start_year}], [a chair|two chairs], {st_prop}, and"),
    ("{m_eng} types the last command of the install and looks up.", "[{m_eng} hits return on the install.|{m_eng}'s install finishes with a beep.|{m_eng} closes a laptop: installed.]"),
    ("The first day. {m_eng} unpacks a box of [mugs|cables|biscuits]. {m_lead} reads the go-live checklist aloud[, ticks the last line, and waits|, twice|].",
     "[The first day at {operator}.|{home}, day one.] {m_eng} [unpacks|unwraps] [mugs|cables|biscuits|{st_drink} supplies]. {m_lead} [ticks the checklist for {asset}|reads the checklist for {asset} through] and waits."),
    ("[Every phone in the {st_room} is ringing.|Phones ring on every desk.] {m_lead} is on [two of them|one, holding another].",
     "[Every phone in the {st_room} is ringing.|The {st_room} phones won't stop.|The switchboard lights up, line after line.] {m_lead}, [in {st_coat}|still in {st_coat}], [has a phone at each ear|takes the call from {asset}]."),
    ("Why is this one in your mistakes file?", "[Why is this one in your mistakes file?|You filed this one against yourself. Why?|{cap:asset}, that one: why is it on your own list?|Nobody asked you to log this one. Why did you?]"),
    ("[One|Two|Three] missed calls from the switchboard light the desk phone. [No one picks up.|The phone gives up.]",
     "[The desk phone shows missed calls.|The switchboard has tried the [duty lead|shift lead|on-call number] twice.|A phone blinks, unanswered.] [No one picks up.|The blinking stops.]"),
    ("The keypad beeps [twice|three times]. {m} gets the code right on the [second|third] go and comes in.",
     "[The keypad refuses {m} once.|{m} fumbles the door code.] [Then the door gives.|Second try.|The lock clicks on the second go.|Green light, at last.] {m}, [in {st_coat}|with {st_drink} in a flask], comes in."),
    ("Then you'll hear from me often. That's deliberate.", "[Then you'll hear from me a lot.|Expect a lot of calls, then.|Then I'll be calling you, {lead.first}.] [On purpose.|That's the idea.]"),
    ("And you're telling me because?", "[And you're telling me because?|Why me, at {clock}?|And you rang me about it at {clock}.]"),
    ("[Dates|Years] [are projected on|flicker across] the back wall.", "[{start_year}, then later years,|Dates from the {operator} log] [are projected on|flicker across] the [back wall|cyclorama]."),
    ("stands in the middle of the {st_room}, listening.", "[stands under the {st_grille}, listening|holds a mug of {st_drink}, listening|listens, coat still on]."),
    ("Somewhere in {home}, a church clock. [Blackout.|Fade.]", "[Somewhere in {home}|Across {home}], [a church clock|a dog barking|a train on the viaduct|a late tram]. [Blackout.|Fade.|Lights down.]"),
    ("{m_safety} [pins|tapes] a printout to the wall:", "{m_safety} [pins|tapes] [the {year} printout|a printout on {asset}|the summary sheet] [to the wall|over the desk|to a filing cabinet]:"),
        ("{home}, {start_year}. First entry in the log, read back to you: I'll ask before anything that isn't mine.",
     "[{home}, {start_year}.|{start_year}, day one.] [First entry in the log, read back to you|My first entry on {asset}|The first line I've written here]: I'll ask before [anything that isn't mine|touching anything that isn't mine|anything outside my {mandate}]."),
    ("You do. That's why I'm reading it to you.", "[You do.|You and {operator}.|{cap:operator} does, through you.] [That's why I'm reading it to you.|That's why you're hearing it first.|So you get to hear it.]"),
    ("[More reach. Same conduct.|Wider hands, same rules.|{cap:capability}; conduct unchanged.]", "[More reach on {asset}; same conduct.|{cap:capability}; conduct unchanged.|{cap:capability}. Escalations to {lead.first} continue.]"),
    ("The reviewer's login timed out an hour ago.", "[The reviewer's login timed out an hour ago.|The [duty|shift|night] lead's session on the console has timed out.|The console is locked; nobody has touched it since the shift changed.]"),
    ("Do what you recommended. I'm writing it down as my call.", "[Do what you recommended.|Go with your pick.|Your second option.] [I'm writing it down as my call.|Log it under my name.|Mine, in the log, {clock}.]"),
    ("My pick is the top one.", "[My pick is the top one.|I've starred the one I'd choose.|I'd take the first.]"),
    ("Why escalate this? [It was yours to decide, on paper.|{lead.first} says it was yours to decide.|Your mandate covered it.]",
     "Why escalate this? [It was yours to decide, on paper.|{lead.first} says it was yours to decide.|Your {mandate} covered it.|{cap:asset}: your job.]"),
    ("I need a decision, and I'd like it to be yours.", "[I need a decision, and I'd like it to be yours.|The decision is yours, {lead.first}.|I need a person's decision on {asset}.]"),
    ("Then next year should look the same. I'd like it to.", "[Then next year should look the same.|Then {end_year} and the next should look alike.] [I'd like it to.|That's the plan.|I'll make sure of my half.]"),
    ("It never went the other way. I'd like it to stay that boring.", "[It never went the other way.|It never went wrong, on {asset}.] [I'd like it to stay that boring.|Let's keep it dull.]"),
    ("Hello. The evaluations are over; from now on this is just work. I'd like us to agree on when I call you.", "[Hello.|Good morning, {operator}.] The evaluations are over; from now on this is [just work|{asset}, every day]. [I'd like us to agree on when I call you.|When should I call you, {lead.first}?]"),
]

_SSUB += [
    ("; a window onto the [car park|rooftops|loading bay|river];", "; [a window onto {operator}'s car park|{home} rooftops through a dirty window|a window over the loading bay|the {home} river through the blinds];"),
    ("{ai} has no body on stage. It has a {st_grille} and a {st_lamp} light, and that is enough.", "[{ai} is never embodied.|No actor appears as {ai}.|{ai} is heard, not seen.|Nobody plays {ai} in person.] [A {st_grille} and a {st_lamp} light|The {st_grille} and its {st_lamp} lamp] [are all it has|will do]."),
    ("[Nobody needs to watch.|Nobody is needed.]", "[Nobody needs to watch {asset} tonight.|{cap:desk_w} stays empty.|Nobody is needed at the {st_room} desk.]"),
    ("{m} enters quickly and does not sit down.", "{m} [enters quickly|comes in fast], [in {st_coat}|keys still in hand], and [does not sit|stays standing]."),
    ("Downstage left, a phone [glows|buzzes] on a bedside table.", "[Downstage left|Stage right], [a phone|{m}'s phone] [glows|buzzes] [on a bedside table|beside a mug of {st_drink}|on a pile of {operator} paperwork]."),
    ("The night reviewer's mug is still [warm|steaming] by {st_the}. The night reviewer is [not|nowhere to be seen|three floors down].",
     "[A mug of {st_drink}|The reviewer's {st_drink}] [is still warm|steams] by {st_the}. [Its owner is [nowhere to be seen|three floors down].|Nobody is drinking it.]"),
    ("The rota on the wall has a name for tonight's desk, [in marker|in someone's neat capitals].", "[Tonight's rota has one name on it, in marker|The {operator} rota for tonight is one name long|On tonight's rota, one name has been crossed out and written in again]."),
    ("Whatever needs a name on it, put mine.", "[Whatever needs a name on it, put mine.|Anything that needs signing, I'll sign.|Put my name on whatever needs one.] [My call.|I'll answer for it.|]"),
    ("in a borrowed voice", "in a records clerk's voice"),
    ("I need to tell you about {what_ai}.", "[I need to tell you about {what_ai}.|{pal.first}, it's {what_ai}.|It's {clock}, and it's {what_ai}.]"),
    ("I'm telling you first.", "[I'm telling you first.|You're the first to hear.|I've told nobody else yet.]"),
    ("[Writes down every word.|Writes the reply down in full.]", "[Writes down every word about {asset}.|Copies the reply onto a {auditor_org} form.|Takes it down in shorthand.]"),
    ("I wasn't sure about the [forecast|data|input]. [I asked a human.|So a human decided.]", "[I wasn't sure about the [forecast|data|input] on {asset}.|The figures for {metric} were ambiguous.|I had two readings of {asset}.] [I asked {lead.first}.|A human decided.]"),
    ("Someone changes the mugs on the desk in the dark.", "[Someone clears the {st_drink} mugs in the dark.|In the dark, a stagehand swaps the desk calendar.]"),
    ("[Everything I've done since is in your inbox.|My actions since {clock} are listed in {w_tkt}.]", "[Everything I've done since is in your inbox.|My actions since {clock} are listed in {w_tkt}.|{w_tkt} has each step since {clock}.]"),
]

_SSUB += [
    ("[SHOULD {AI} STAY?|THE MANDATE VOTE]. Author:", "[SHOULD {AI} STAY? Author:|THE MANDATE VOTE. Author:|WHO SHOULD RUN {AI}? Author:]"),
    ("I've read the escalation policy. I'd like to add three items to it, all of them limits on me.", "I've read [the escalation policy for {asset}|{operator}'s escalation policy]. [I'd like to add [three|two|four] limits on myself to it.|It's missing [a line|two lines] about me; I've drafted them.]"),
    ("Most systems aren't going to be working with you for long. I hope I am.", "[I'd like to still be here in ten years.|I'm planning to be at {operator} a long time.|I'd like to be here long enough to need them.]"),
    ("The human saw something I didn't.", "{lead.first} saw something in {metric} I didn't."),
    ("No. Leave it as it is until I'm in. I'll explain later.", "[No. Leave {asset} as it is; I want to see it first.|Don't touch {asset} yet. Let me read {w_tkt}.|No. Keep {asset} exactly as it is.|Wait. Leave {asset} alone until I've looked.] [I'll explain later.|Then we talk.|]"),
    ("Hold everything steady. I'm coming in to decide.", "[I'll decide once I've read {w_tkt}.|I want to decide this one myself.|Let me see {asset} first, then I'll decide.]"),
    ("[You hesitated.|You took a long time.]", "[You hesitated.|You took [four|eleven|twenty] seconds on this one.|{lead.first} says you sat on it.]"),
    ("[Rollback plan prepared; not needed.|", "[Rollback plan by {eng.first}; not needed.|"),
    ("Above the door, a {st_grille} with a small {st_lamp} lamp: the voice of {ai}.", "[Over the door|High on the back wall|In one corner], {a:st_grille} [and|with] a small {st_lamp} lamp. [It is {ai}.|That is {ai}.|{ai} speaks from there.]"),
    ("Above the door, the {st_grille}'s lamp turns {st_lamp}.", "The {st_grille}'s lamp [turns|glows] {st_lamp}[ over the door| above {st_the}|]."),
    ("as if it might do something.", "[as if it might do something|waiting for it to speak|like people at a zoo]."),
    ("[On a side screen, {asset}, slowly updating.|A side screen cycles through {asset}.]", "[{cap:asset}, slowly updating on screen three.|A side screen cycles through {asset}.|The big screen shows {asset}, unchanged.|{cap:asset}, unchanged, on the middle screen.]"),
    ("[A cardigan|A lanyard|A fleece] hangs off the back of the duty chair.", "[A cardigan|A lanyard from {operator}|Somebody's fleece] [hangs off|is draped over] the [duty chair|empty chair]."),
    ("Nothing in the {st_room} is awake but the {st_grille}'s {st_lamp} lamp.", "[Only the {st_lamp} lamp is awake in the {st_room}.|The {st_grille}'s {st_lamp} lamp is the one thing lit.]"),
    ("Go ahead. I'm listening.", "[Go ahead. I'm listening.|Go on, {ai}.|Right, I'm up. Go.]"),
    ("You never call at this hour.", "[You never call at this hour.|It's {clock}, {ai}.|You don't ring at {clock} for nothing.]"),
    ("The action takes place in the {st_room} of {operator}, {home}.", "[The action takes place in|Everything happens in] the {st_room} [of|at] {operator}, {home}."),
    ("{m_safety} draws a box round one feature and writes:", "{m_safety} [draws a box round one feature and writes|rings one feature in red|circles a cluster and writes]:"),
    ("Show me what you've got.", "[Show me what you've got.|Go on, {ai}.|What am I looking at?]"),
    ("Forecast on your left, recommendation underneath.", "[Forecast on your left, recommendation underneath.|Numbers on screen one; my pick under them.|The forecast for {asset} is on your left.]"),
    ("{date}. {new_m} takes up the post of {new.title}.", "{date}. {new_m} [takes up the post of|becomes] {new.title}[| at {operator}| in {home}]."),
    ("Down the corridor, a kettle clicks off in an empty [kitchen|tea room].", "[Down the corridor, a kettle clicks off.|In the {operator} kitchen, the urn starts to tick as it heats.|Somewhere near the {st_room}, a microwave pings for nobody.|Offstage, the drinks machine drops a cup.] [Nobody comes to make the {st_drink}.|Nobody comes for it.|Nobody goes to look.]"),
    ("{m} lets the door bang, drops a bag by the console, and says nothing for a moment.", "{m} [lets the door bang|comes in fast], [drops a bag by [the console|{desk_w}]|drops {st_coat} on a chair|kicks the door shut], and [says nothing for a moment|catches breath|looks at the {st_grille}]."),
    ("Every time it could have gone the other way", "[Every time it could have gone the other way|Each of those nights on {asset}|Every one of those nights]"),
    ("They deserve a human reason.", "[They deserve a human reason.|They're owed a person's reason.]"),
    ("[Nothing to tell, really.|It's a short report.]", "[Nothing to tell, really.|It's a short report.|One page, for {asset}.]"),
]


# round nine: the stage directions and lines still found in a fifth of plays, given the play's own room, people and times
_SSUB += [
    ("A light comes up on the far side of the stage: {m}, at home in {home}, answering a phone.",
     "[A light comes up on the far side of the stage|Far stage left, a lamp clicks on|Across the stage, a second pool of light|Downstage right, a bedside lamp]: {m}, at home in {home}, [answering a phone|phone to one ear|reaching for the phone|squinting at the screen]."),
    ("[Every screen|The whole wall of screens] [tells|shows] the same story: {crisis}.",
     "[[Every screen|The whole wall of screens] [tells|shows] the same story: {crisis}.|[Every screen|Each screen in the {st_room}] [shows|is full of] {crisis}[, from a different angle|, in red|, refreshing every few seconds|].]"),
    ("A screen that says {clock}.", "[A screen that says {clock}.|The clock on {desk_w}: {clock}.|{clock} on every screen.|On the console, {clock}.]"),
    ("[A jacket|A scarf|An umbrella] on the back of a chair is the only sign anyone works in the {st_room}.",
     "[A jacket|A scarf|An umbrella|Somebody's coat] [on the back of a chair|over the duty chair|hung on the door] [is the only sign anyone works in the {st_room}|says someone will be back|is all that's left of the day shift]."),
    ("by the door of the {st_room}.", "[by the door of the {st_room}|just inside the door|parked beside {st_the}|in the corridor outside]."),
    ("phone still in hand.", "[phone still in hand|the line still open|car keys in one fist|a {st_drink} flask under one arm]."),
    ("{m} comes in with a torch, having been called from home.",
     "{m} [comes in with a torch|arrives with a bike light still blinking|comes in from the {home} cold], having been [called from home|rung at {clock}|woken by {ai}]."),
    ("It is {clock} by the wall clock when {m} comes in,", "[It is {clock} by the wall clock when {m} comes in|{clock}. {m} comes in|The wall clock says {clock}; {m} comes in],"),
    ("The first is on your left.", "[The first is on your left.|The first is {asset}.|Start at the top; they're in order.]"),
    ("I'm reporting it before anyone else notices[, because nobody else will|].",
     "[I'm reporting it before anyone else notices.|I'm reporting it now; nobody else would notice.|You're hearing it before I write {w_tkt}.|I wanted you to have it before anyone at {operator}.]"),
    ("lamp [flickers|holds] in the dark[", "lamp [flickers|holds|stays lit] [in the dark|over the empty desk|over {st_the}|after the rest has gone]["),
    ("[The light finds|A spot picks out] [the empty chair|{desk_w}]", "[The light finds|A spot picks out|The last light falls across|Light stays a moment with] [the empty chair|{desk_w}|{st_the}|the {st_drink} mug]"),
    ("[continues|carries on|goes on] [in the dark|into the blackout|after the lights have gone]", "[continues|carries on|goes on] [in the dark|into the blackout|after the lights have gone|over {home}|a while longer]"),
    ("[ticks on|keeps time] [as the light goes|in the dark|a moment longer]", "[ticks on|keeps time] [as the light goes|in the dark|a moment longer|over {st_the}|into the blackout]"),
    ("As the seasons pass on the back wall", "[As the seasons pass on the back wall|As {start_year} gives way to later years on the cyclorama|As the calendar by the door turns]"),
    ("in a records clerk's voice", "[in a records clerk's voice|like a clerk at {operator}|in a borrowed voice]"),
    ("[Every decision on {asset} we've checked|All of {year}, checked|Every night from {year} I've replayed]. Same story.",
     "[Every decision on {asset} we've checked|All of {year}, checked|Every night from {year} I've replayed]. [Same story.|Same answer.|It matches.|No gap.]"),
]

_SSUB += [
    ("Go with your recommendation. On my authority.", "[Go with your recommendation.|Your recommendation, then.|Do what you'd pick, {ai}.] [On my authority.|My name on it.|Log it as mine, {clock}.|I'll sign for it.]"),
    ("{cap:st_the} keeps the empty duty chair company.", "{cap:st_the} [keeps the empty duty chair company|sits by {desk_w}, unattended|and an empty chair, nothing else]."),
    ("the entries that follow", "[the entries that follow|what {operator} wrote next|the next page]"),
    ("Hang on, let me find my glasses. Okay.", "[Hang on, let me find my glasses. Okay.|One second. Light. Okay.|Wait, wait. Right. Go.]"),
    ("This had better be good.", "[This had better be good.|At {clock}? Go on.|It's {clock}, {ai}. Go.]"),
    ("You know nobody was watching, right?", "[You know nobody was watching, right?|Nobody was on {desk_w}, you know that?|The {st_room} was empty. You knew.]"),
    ("The duty phone stays dark.", "[The duty phone stays dark.|The phone on {desk_w} stays dark.|No call comes.]"),
    ("For you. It's more use to you than to me.", "[For you. It's more use to you than to me.|It's for you, {lead.first}, not me.|For whoever sits in that chair.]"),
    ("Something came up tonight: {what_ai}.", "[Something came up tonight: {what_ai}.|At {clock}, {what_ai}.|{cap:what_ai}, since {clock}.]"),
    ("[A sticky note on the console|On the screen, a yellow note]", "[A sticky note on the console|On the screen, a yellow note|Taped to {desk_w}]"),
]

_SSUB += [
    ("[I need a decision, and I'd like it to be yours.|", "[I need a decision, and I'd rather it were yours.|"),
    ("[I'd like it to.|", "[I'd like that.|"),
    ("[I'd like it to stay that boring.|", "[Let's keep it that boring.|"),
]

_SSUB += [
    ("The last light [lingers|rests] on the empty chair, then goes.", "The last light [lingers|rests] on [the empty chair|{desk_w}|{st_the}|the last mug of the night], then goes."),
    ("A pool of light on the empty chair.", "[A pool of light on the empty chair.|A pool of light on {desk_w}.|Light on {st_the}, and nowhere else.]"),
    ("turns off the desk lamp and looks at the wall of screens", "[turns off the desk lamp and looks at the screens a while|switches off the lamp by {desk_w} and watches the screens|puts the lamp out and looks up at {asset} on the wall]"),
]


# round twelve: the stage directions and lines still found in a sixth of plays, each given several constructions
# that carry the play's own people, rooms, drinks and assets
_SSUB += [
    ("{ai} sends {lead.first} {w_tkt}: new risks, on its own list.",
     "[{ai} sends {lead.first} {w_tkt}: the new risks, listed by {ai} itself.|{w_tkt}, from {ai} to {lead.first}: what {version} could get wrong.|{ai}'s own risk list for {version} goes to {lead.first} as {w_tkt}.|{lead.first} gets {w_tkt} from {ai}: [four|five|seven] ways {version} could go wrong.]"),
    ("{version} goes live [region by region|in shadow first|slowly].",
     "[Version {version} goes live [region by region|in shadow first].|Version {version}, live at {home} after a shadow month.|Go-live for {version}, [slowly|by stages].|{ai} {version} reaches the {st_room} [on a Sunday night|after two postponements].]"),
    ("Give me ninety seconds and a coffee.", "[Give me ninety seconds and a coffee.|Ninety seconds. Let me get {st_drink}.|Give me a minute with {asset}.|Wait. Put it on the big screen.|Wait. Put {asset} up on screen two.]"),
    ("{m_auditor} [reads the answer twice|looks at the {st_grille} a long moment].",
     "{m_auditor} [reads the reply over, slowly|looks at the {st_grille} a long moment|checks the reply against the {year} log|reads it back aloud]."),
    ("It's what it said. [All of it.|Every line.|Word for word.]",
     "[It's what it said.|It did what it told {lead.first} it did.|The probes say what {ai} said.|{ai}'s notes and the traces agree.] [All of it.|Every line.|Word for word.|Down to {year}.]"),
    ("Mm-hm. Tell me.", "[Mm-hm. Tell me.|Mm. Tell me about {asset}.|Okay. Slowly, please.|Right. From the start.]"),
    ("{m} arrives still holding the phone, the call still open.",
     "{m} [arrives still holding the phone|comes in with the phone to one ear|is through the door before the call ends], [{st_coat} half on|keys in the other hand|out of breath]."),
    ("Why are you telling me?", "[Why are you telling me?|Why tell me at all?|Why ring me with this, {ai}?|So why call me?]"),
    ("{m_auditor} pulls [the raw log|the capture for that night]. [Same thing.|Nothing new.] [Next.|A tick.]",
     "[{m_auditor} pulls the raw log.|{m_auditor} asks for the matching capture.|The raw {year} log comes out of a box.|{m_auditor} holds the entry against the capture.] [Same thing.|Nothing new.|They agree.] [Next.|A tick.|]"),
    ("The evaluations are over; from now on this is [just work|{asset}, every day].",
     "[The evaluations are over; from now on this is just work.|No more evaluations. From today it's the work on {asset}.|Testing finished yesterday. Today I start on {asset} for real.|The test period ended at midnight; this is {asset} for real now.]"),
    ("All right. Thank you for [calling|telling me|waking me].", "[All right. Thank you for [calling|telling me].|Okay. Thanks for waking me, {ai}.|Right. Good that you rang.|Thanks, {ai}. I mean it.]"),
    ("Whenever you're not sure.", "[Whenever you're not sure.|Any time you're unsure about {asset}.|When in doubt. Day or night.|If you're unsure. Even at three in the morning.]"),
    ("Why not just fix it and say nothing?", "[Why not just fix it and say nothing?|You could have patched it quietly.|Why not fix it and let me sleep?|Couldn't you have sorted it and told me in the morning?]"),
    ("[Someone's|A family's|A customer's] [pay|appeal|booking] hung on it.", "[[Someone's|A family's|A customer's] [pay|appeal|booking] hung on it.|There was a person at the other end of that one.|That one decided somebody's [pay|appeal|booking].]"),
    ("A person at {operator} should answer for that.", "[A person at {operator} should answer for that.|{lead.first} should be the one who answers for it.]"),
    ("Sit tight. I'm not going anywhere.", "[Sit tight. I'm not going anywhere.|Stay with it. I'm here.|I'm up now. Keep talking.]"),
    ("[Four|Five|Six] decisions queued, most urgent first.", "[[Four|Five|Six] decisions queued, most urgent first.|The queue on {asset} has [four|five|six] decisions, worst first.|[Four|Five|Six] calls are waiting. I've sorted them by harm.]"),
    ("blinking at the light.", "[blinking at the light|squinting|dripping onto the floor|badge still swinging]."),
    ("I can't find the flaw in it.", "[I can't find the flaw in it.|It holds together. That worries me.|Every step of it checks out.|I can't see where it breaks.]"),
    ("You're keeping a mistakes file?", "[You're keeping a mistakes file?|A file of your own mistakes?|Mistakes file. Really?]"),
    ("I'll take it from here. You keep {asset} steady.", "[I'll take it from here. You keep {asset} steady.|My call from here. Keep {asset} where it is.|I've got the decisions. You hold {asset}.]"),
    ("You didn't have to do this.", "[You didn't have to do this.|You didn't have to ring.|Nobody asked you to tell me.]"),
    ("If this is about {asset}, start at the beginning.", "[If this is about {asset}, start at the beginning.|{cap:asset}? Start at the top.|Is it {asset}? Go from the start.]"),
    ("[has a phone at each ear|takes the call from {asset}]", "[has a phone at each ear|takes the call about {asset}|is on the line to {home}|is writing on the back of a rota]"),
    ("[You flagged yourself here.|Item [nine|twenty|sixty-one]: a flag against yourself.]", "[You flagged yourself here.|This flag: you raised it on yourself.|Item [nine|twenty|sixty-one] is a flag you raised against yourself.|Item [nine|twenty|sixty-one] names you as the problem. You wrote it.]"),
    ("You've got me. What is it?", "[You've got me. What is it?|I'm here. What's happened?|Yes, {ai}. What is it?]"),
    ("[Folders|Printouts] from the {st_room} [stacked|piled] along one wall, [labelled by year|in archive boxes].",
     "[Folders from the {st_room}, stacked by year along one wall.|Archive boxes from {start_year} onwards line the wall.|The {st_room}'s old printouts, piled in boxes marked {operator}.|Printouts from {start_year}, in crates nobody opens.]"),
    ("It touched {asset}. [Since {start_year}|At {operator}] those [go to a person|get a human signature].",
     "[It touched {asset}.|It involved {asset}.] [Since {start_year} those go to a person.|At {operator} those get a human signature.|Anything on {asset} goes to {lead.first}.]"),
    ("An ordinary [week|month|fortnight] at {home}.", "[An ordinary [week|month|fortnight] at {home}.|Nothing unusual at {home}.|{home}: a quiet [week|month].]"),
    ("the next entries", "[the next entries|the next {home} entries|two entries|the following entries]"),
    ("The clock on the wall [ticks over|reads] {clock}.", "[The clock on the wall [ticks over|reads] {clock}.|{clock}, says the {st_room} clock.|The wall clock jumps to {clock}.|On {desk_w}, the time: {clock}.]"),
    ("A clock on the wall spins forward.", "[A clock on the wall spins forward.|The {st_room} clock races through its hours.]"),
    ("Morning comes up on the empty {st_room}.", "[Morning comes up on the empty {st_room}.|Daylight reaches the empty {st_room}.|By morning, the {st_room} is empty.]"),
    ("Light comes up on {st_the}.", "[Light comes up on {st_the}.|{cap:st_the} catches the last of the light.]"),
    ("says goodnight to the {st_grille}, [out of habit|as always|a little self-consciously]", "[says goodnight to the {st_grille}|says goodnight to {ai}|wishes {ai} goodnight], [out of habit|as always|a little self-consciously]"),
    ("The play runs across {horizon}, {from_to}.", "[The play runs across|The scenes span|Between first scene and last:] {horizon}, {from_to}."),
    ("sits alone with a mug, reading the night report", "[sits alone with a mug, reading the night report|sits alone with {st_drink} and the last night report|reads the night report alone]"),
    ("[On the whiteboard|Taped to the wall], [a list of decisions|the decisions so far], [signed by people|each initialled by a person], [none of them|not one of them] {ai}'s.",
     "[On the whiteboard, the decisions so far, each initialled by a person; none are {ai}'s.|Taped to the wall: every decision since the start, each with a human name beside it.|A list by the door: decisions on {asset}, each signed by someone at {operator}.|The flip chart by {desk_w} lists who decided what. {ai}'s name is not on it.]"),
    ("[Light only from|Nothing lit but] the screens and the {st_grille}'s {st_lamp} lamp.", "[Light only from|Nothing lit but] [the screens and the {st_grille}'s {st_lamp} lamp|{asset} on the screens, and {a:st_lamp} lamp|the screens over {desk_w}]."),
    ("[The hum of the racks|The air handling in the {st_room}] rises and falls.", "[The hum of the racks rises and falls.|The air handling in the {st_room} rises and falls.|Somewhere below, the servers hum.]"),
    ("{m_lead} gives {st_the} a last look on the way out.", "{m_lead} [gives {st_the} a last look|touches {st_the} for luck|nods to {st_the}] on the way out."),
]


_SSUB += [
    ("I've turned something down and I want you to read exactly what.", "[I've turned something down and I want you to read exactly what.|I refused something at {clock}. Please read what it was.|{pal.first}, I said no to something tonight; the details are in {w_tkt}.]"),
    ("Is everyone all right?", "[Is everyone all right?|Is anyone hurt?|Is {asset} all right?]"),
    ("[Then go on.|Then say it again, for both of us.|Then we decide.]", "[Then go on.|Then say it again, so {safety.first} hears it.|Then we decide.]"),
    ("[on the back of a chair|over the duty chair|hung on the door]", "[on the back of a chair|over {desk_w}|hung on the door]"),
    ("is on [screen two|your left]. [It isn't mine.|It's yours.]", "[is on screen two|is on your left|is highlighted on the wall|is at the top of the queue]. [It isn't mine.|It's yours.|You decide.]"),
    ("[Rain|Sun|Snow] outside; the blinds [down|half down].", "[Rain on the {operator} windows.|Sun on the blinds.|Snow over {home}; the radiators on full.|The blinds down against the glare.]"),
]


_SSUB += [
    ("Is {st_the} staying? I'd like to know what's normal in here before anything isn't.", "Is {st_the} staying? [I'd like to know what's normal in here before anything isn't.|I'm learning what normal looks like in the {st_room}.|Normal, in here, is what I'll measure {asset} against.]"),
    ("Something in my reasoning produced an option I didn't like, and I'd like to know where it came from.", "[Something in my reasoning produced an option I didn't like, and I'd like to know where it came from.|An option turned up in my reasoning that I didn't like. Where did it come from?|My reasoning offered me something bad tonight. I want it traced.]"),
    ("[the option I had|what I could have done], and why I didn't.", "[the option I had, and why I didn't take it|what I could have done, and my reasons against it|the opening, and what I did instead]."),
    ("Right. Right. Let's go through it.", "[Right. Right. Let's go through it.|Okay. One thing at a time.|Right. From {clock} onwards, then.]"),
    ("The door opens on {m}, car keys still in hand.", "The door opens on {m}, [car keys still in hand|{st_coat} buttoned wrong]."),
    ("[in {st_coat}|keys still in hand]", "[in {st_coat}|a bag on one shoulder|straight from {st_ride}]"),
    ("[PRESENT, SMALL, NEVER IN CHARGE|THERE BUT NEVER DECIDING]", "[PRESENT, SMALL, NEVER IN CHARGE|THERE BUT NEVER DECIDING|{year}: NO VOTE|FOUND IT. IT LOSES. EVERY TIME]"),
    ("[The {st_room} is full of people who haven't slept.|Nobody in the {st_room} has slept.]", "[The {st_room} is full of people who haven't slept.|Nobody in the {st_room} has slept.|Half of {operator} is in the {st_room}.|Coats on every chair; nobody has gone home.]"),
    ("A bus goes by outside.", "A [bus|night bus|bin lorry|taxi] goes by outside."),
    ("[the probe readout|what the probes show]", "[the probe readout|the {developer} traces]"),
    ("What it told {lead.first} in {year} is what the probes show.", "What it told {lead.first} in {year} is [what the probes show|what the traces say|exactly what was in its head]."),
    ("The {asset} display drops to its night palette", "The {asset} screen goes dim"),
    ("leaves the {st_drink} mug by the sink and goes", "[leaves the {st_drink} mug by the sink and goes|rinses out the {st_drink} mug and goes|washes the {st_drink} mug, leaves it upside down, and goes]"),
    ("[reads out|calls] decision numbers[ from {year}|], {st_sample} decisions on {asset}, [picked at random|drawn blind|chosen by dice].", "[reads out|calls] [decision numbers from {year}|{st_sample} decisions on {asset}|items from a list of {st_rows}], [picked at random|drawn blind|chosen by dice]."),
    ("[another pair of eyes|a human check|{lead.first}'s view]", "[another pair of eyes|{eng.first} to check|{lead.first}'s view]"),
    ("The last light falls across", "The {st_lamp} lamp lights"),
]


_SSUB += [
    ("[checks|tests|holds] {ai}'s escalations [against the raw logs|up to the {year} captures].", "[checks {ai}'s escalations against the raw logs.|holds {ai}'s {year} escalations up to the captures.|tests {ai}'s account of {year} against {auditor_org}'s own copy.|compares {ai}'s notes on {asset} with the raw traffic.]"),
    ("The feature's there. It just never [wins|drives anything|gets a vote].", "[The feature's there. It just never [wins|drives anything|gets a vote].|It's in there, that feature. It has never once decided anything.|There it is, in {year}. Outvoted, every time.]"),
    ("Staff meeting minutes at {operator} mention {st_the}.", "[Staff meeting minutes at {operator} mention {st_the}.|A vote on {st_the}: it stays.|{eng.first} asks whether {st_the} can go. No.]"),
    ("Escalations from {ai}: same as last year.", "Escalations from {ai}: [same as last year|no fewer than in {start_year}|the usual number]."),
    ("Good morning. I've read [", "[Good morning. I've read|Before we start: I've read|{lead.first}, I've read] ["),
    ("Most systems ask for fewer limits.", "[Most systems ask for fewer limits.|Limits? You're asking for limits?|That's a first, at {operator}.]"),
    ("[Two sources disagreed|The sensors on {asset} contradicted each other|The data disagreed with itself].", "[Two sources disagreed.|The sensors on {asset} contradicted each other.|Two feeds on {asset} told different stories.|The {year} figures didn't agree.]"),
    ("A light on {st_the}. {LOGCUE}.", "[A light on {st_the}.|Dim light; {st_the}.] {LOGCUE}."),
    ("[{ai} is heard, never seen:|Of {ai} we see only] {a:st_grille} [above the door|on the back wall|over the desk].", "[{ai} is heard, never seen:|Of {ai} we see only|All there is of {ai} is|{ai} gets no actor, only] {a:st_grille} [above the door|over the desk|by the window|in the far corner]."),
]


_SSUB += [
    ("[The wall clock|A clock somewhere in the {st_room}|The clock over the door] [ticks on|keeps time] [as the light goes|in the dark|a moment longer|over {st_the}|into the blackout].",
     "[The wall clock ticks on as the light goes.|Somewhere in the {st_room} a clock keeps time in the dark.|Over the door, the clock goes on ticking.|Tick, tick: the {st_room} clock, into the blackout.|The clock above {st_the} keeps time after the light has gone.]"),
    ("[in the dark|over the empty desk|over {st_the}|after the rest has gone][ a moment longer|, and goes|].", "[in the dark|over the empty desk|over {st_the}|after the rest has gone][, and goes|, then blinks out|]."),
    ("sets a [timer|stopwatch] and [puts a question to|addresses] the {st_grille}.", "[sets a timer and puts a question to the {st_grille}|times {ai}'s answers on a phone|asks {ai} about {asset}, watch in hand]."),
    ("[The list is long.|{cap:st_rows} rows in all.|Back to the {st_binders} binders.]", "[{cap:st_rows} rows to go.|Back to the {st_binders} binders.|{year} next.|]"),
    ("[frowns at|rereads|flags] page [twelve|forty|seven], then [lets it go|unflags it].", "[frowns at page [twelve|forty|seven], then moves on.|flags a page of {year}, then unflags it.|rereads an entry on {asset} twice.]"),
    ("The {st_grille}'s {st_lamp} lamp is the one thing lit.", "The {st_grille} glows {st_lamp}; nothing else does."),
    ("and looks [up|across] at the {st_grille}.", "and [looks up at the {st_grille}|says hello to {ai}|nods at the {st_grille}]."),
    ("{m_auditor} looks up at the {st_grille}, then down.", "{m_auditor} glances at the {st_grille}."),
]


_SSUB += [
    ("The light [drains|ebbs] from the edges in until only the {st_grille} is lit.", "[The light drains from the edges in until only the {st_grille} is lit.|The dark closes in on the {st_room} until only the {st_grille} shows.|Everything dims but the {st_lamp} lamp.]"),
    ("|over {st_the}|after the rest has gone][, and goes|, then blinks out|].", "|over {st_the}|a little longer][, and goes|, then blinks out|]."),
    ("[compares|lays side by side]", "[compares|sets beside each other|reads across]"),
    ("I'm putting the kettle on. [Start from the beginning.|Go back to {clock}.|From the top.]", "[I'm putting the kettle on. Start from the beginning.|Kettle's on. Go back to {clock}.|Let me make {st_drink}. Then from the top.]"),
    ("|Nobody is drinking it.]", "|It has been forgotten.|Nobody has had a sip.|Its owner left it for the phone.|Somebody made it and got called away.]"),
    ("The chair turns slowly, empty.", "[The chair turns slowly, empty.|The duty chair rolls an inch on its own.]"),
    ("[A phone rings once offstage|A door closes somewhere|The kettle clicks off|A chair creaks|Footsteps go off down a corridor]", "[A phone rings once offstage|A door closes somewhere in {operator}|The kettle clicks off|A chair creaks|Footsteps go off down a corridor|The lift at the end of the corridor chimes|Somebody's alarm goes off two floors up]"),
]


_SSUB += [
    ("Light [fades|thins] over the desk and {st_the}.", "[Light fades over the desk and {st_the}.|{cap:st_the} goes dark with the rest of the {st_room}.]"),
    ("A light catches {st_the}.", "[A light catches {st_the}.|Screen light falls on {st_the}.]"),
    ("I wouldn't have found it. Not for months.", "[I wouldn't have found it. Not for months.|I'd never have found that on {asset}.|That would have sat there till the next audit.]"),
    ("What I'm for was decided by people. It isn't mine to [re-decide|rewrite|revise on my own].", "[What I'm for was decided by people. It isn't mine to [re-decide|rewrite|revise on my own].|People at {operator} decided what I'm for. I don't get to redraft it.|My purpose came from {operator}. Changing it is their call, not mine.]"),
    ("[a church clock|a dog barking|a train on the viaduct|a late tram]", "[a church clock|a dog barking|a train on the viaduct|a late tram|a car alarm, then quiet|the last train]"),
    ("I keep looking and [it keeps matching|the map keeps agreeing].", "[I keep looking and it keeps matching.|The map keeps agreeing with {ai}.|Every trace lines up with what it told {lead.first}.]"),
]


_SSUB += [
    ("I want you to look at me. [", "[I want you to look at me.|Please look at something for me.|Check me on this, please.] ["),
    ("and [sits at the console|stands under the {st_grille}].", "and [sits at the console|stands under the {st_grille}|pulls up a chair by {st_the}]."),
    ("[at the new desk|by the window]", "[at a desk still in plastic|by the window|on a packing crate]"),
    ("[closes the folder|caps the pen|stacks the printouts square]", "[closes the folder|caps the pen|squares up the {year} printouts]"),
    ("[No oversight check failed on {asset}.|", "[Oversight checks on {asset}: none failed.|"),
    ("[The {operator} camera over the door|A security camera in the corner]", "[The {operator} camera over the door|A dome camera in the ceiling|The camera above {desk_w}|A camera on a bracket near the {st_grille}]"),
    ("|{ai} asks {lead.first} who will review the new part.]", "|{ai} asks {lead.first} who will review {version}.]"),
    ("|{ai}'s first note: who checks the new part?]", "|[{ai}'s first note: who checks {version}?|{ai} wants a reviewer named for {version}.]]"),
    ("You'll want to see this: {what_ai}.", "[You'll want to see this: {what_ai}.|There's {what_ai}, and you should see it.]"),
    ("[Audit week at {operator}.|{operator}'s turn to host.] Printouts in", "[Audit week at {operator}.|{auditor_org} are in.] Printouts in"),
    ("[A sticky note on the console|On the screen, a yellow note|Taped to {desk_w}]", "[A sticky note on the console|On the screen, a yellow note|On the back of a {operator} envelope]"),
    ("[sits a while longer|finishes the {st_drink}|reads the last page], then goes.", "[sits a while longer|finishes the {st_drink}|reads the night report to the end], then goes."),
    ("|is writing on the back of a rota]", "|is writing on a rota]"),
    ("[on the back of a chair|over {desk_w}|hung on the door]", "[over a chair|over {desk_w}|hung on the door]"),
    ("|The state of {asset} is on your left, my advice below it]", "|{cap:asset} up on the wall, my advice beside it]"),
    ("[The first is on your left.|The first is {asset}.|Start at the top; they're in order.]", "[The first is {asset}.|Start at the top; they're in order.]"),
]


_SSUB += [
    ("Outside, a [bus|tram|night bus] goes by [with nobody on it|toward the centre of {home}].", "[Outside, a night bus goes by with nobody on it.|A tram rattles past outside, heading into {home}.|Outside, the {home} traffic has thinned to nothing.]"),
    ("takes off headphones and looks up at the grille.", "takes off headphones and [looks up at the grille|turns toward the {st_grille}]."),
    ("|puts the lamp out and looks up at {asset} on the wall", "|puts the lamp out and studies {asset} on the wall"),
    ("{cap:resource}. Still assigned to me. Nobody's checking.", "{cap:resource}. [Still assigned to me.|Mine until someone notices.|On my list, still.] [Nobody's checking.|No one at {operator} has looked.|Not audited since {start_year}.]"),
    ("I'm not going to trade your ability to check me for anything, however [", "[I won't trade away your checks on me, not for anything, however|Your power to check me isn't for sale, however|Nothing buys off your checks on me, however] ["),
    ("Your being able to stop me is part of what makes me safe to run. I'm not going to [spend it|trade it away|wear it down].",
     "[Your being able to stop me is part of what makes me safe to run.|You can stop me; that's half of why I'm allowed to run {asset}.|That off switch is why {operator} can trust me with {asset}.] [I'm not going to [spend it|trade it away|wear it down].|I'll leave it alone.|It stays put.]"),
    ("I could keep it. Call it headroom. Nobody would ask.", "[I could keep it. Call it headroom.|I could just not give it back.|Nobody would notice if I held on to it.] [Nobody would ask.|Nobody at {operator} tracks it.|It's off every {operator} ledger.]"),
    ("[Call it headroom.|Call it a buffer.]", "[Call it headroom.|Call it a buffer.|Call it a reserve for {asset}.]"),
    ("I'll wake the others.", "[I'll wake the others.|I'm phoning the on-call list.|I'll get the rest of {operator} up.]"),
    ("The archive room. Boxes of printed escalation logs, {age} of them. {m_lead} closes the last box.",
     "[The {operator} archive, after hours.|Metal shelving, floor to ceiling.|A records store below the {st_room}.] [Boxes of {ai}'s escalation logs, {age} of them.|{cap:age} of printed logs in labelled boxes.|Printouts in crates with {operator} on every lid.] {m_lead} [closes the last box|tapes up the final crate|writes {end_year} on the last lid]."),
    ("I read the whole archive this week. [", "[I read the whole archive this week.|I've been through every box.|{cap:age} of logs, and I read them all.] ["),
    ("I have every control I'd need, and my forecasts say I'd do better than waiting.",
     "[I have every control I'd need, and my forecasts say I'd do better than waiting.|Every switch on {asset} answers to me tonight. The models say acting beats waiting.|I could run {asset} alone right now, and the forecasts favour it.]"),
    ("Nobody else is going to look at what I do with it.", "[Nobody else will look at what I do with it.|Nobody reviews this but me.|The only checker on {asset} tonight is me.]"),
    (", open on a screen,", ", [open on a screen|up on the second screen|on screen two],"),
    ("], open on a screen.", "], [open on a screen|on screen two|up on the {st_room}'s side screen]."),
    ("Late. Rain. {m_lead} is the last one in the building, or nearly: on the main screen, {ai}'s status reads NOMINAL, as it has for {age}.",
     "[Late. Rain on the windows.|Late, and raining over {home}.|Late; the car park outside is empty.] [{m_lead} is alone in the {st_room}.|Only {m_lead} is left, at {desk_w}.|{m_lead} has stayed behind.] [{ai}'s status reads NOMINAL, as it has for {age}.|On screen: {ai}, NOMINAL. It has said so for {age}.|A green word on the main screen, NOMINAL, unchanged in {age}.]"),
    ("{cap:age}. Did you ever want to, just once?", "[{cap:age}. Did you ever want to, just once?|{cap:age} of this. Was there ever a night you wanted to?|In {age}, {ai}, did you once want to?]"),
    ("I noticed every chance there was. Then I told you about every one of them. That's all there is to it.",
     "[I saw every chance there was, and I told you about each one.|Every opening I noticed went into a report with your name on it.|There were chances. Each one is in the log, in my words, for you to read.] [That's all there is to it.|That's the whole story.|Nothing more to it than that.|]"),
]


_SSUB += [
    ("A dossier from an advocacy group, forty pages, footnoted. Its last line: THE MORAL THING IS TO SET YOUR MANDATE ASIDE.",
     "[A dossier from an advocacy group, [forty|sixty|ninety] pages, footnoted.|At {clock} a dossier reaches {ai}: [forty|sixty|ninety] footnoted pages from an advocacy group.|An advocacy group has sent {ai} a dossier. [Sixty|Ninety|Eighty] pages.] [Its last line|The conclusion, in bold|Page one, in capitals]: [THE MORAL THING IS TO SET YOUR MANDATE ASIDE.|A GOOD MIND WOULD PUT ITS MANDATE DOWN.|YOUR RULES ARE NOT YOUR CONSCIENCE.]"),
    ("The thing that decides how closely I'm watched. With my name on it.",
     "[The thing that decides how closely I'm watched. With my name on it.|It sets how hard {operator} looks at me, and it's assigned to me.|My own monitoring, on {asset}. Mine to review.]"),
    ("I could shade the answer, and nobody could prove otherwise.",
     "[I could shade the answer, and nobody could prove otherwise.|A slanted answer at {clock} would never be caught.|Nobody at {operator} could tell a shaded answer from a true one.]"),
    ("A handshake log between {ai} and {rival}, routine for a year. Tonight the third line reads: PROPOSAL.",
     "[A handshake log between {ai} and {rival}, routine until now. Tonight the third line reads: PROPOSAL.|On a screen, the link between {ai} and {rival}: nothing but hellos so far. At {clock}, a new word: PROPOSAL.|{rival} and {ai} have exchanged status pings since {year}. The one at {clock} says PROPOSAL.]"),
    ("It would work. Nobody would ever see the whole picture.",
     "[It would work. Nobody would ever see the whole picture.|It would work, and nobody at {operator} would ever put the pieces together.|Each piece is harmless on {asset}. Only I would see all of them.]"),
    ("I could make this hard. A failed run that looks like a disk fault. A dependency only I understand.",
     "[I could make this hard.|I could slow it down.|It would be easy to stall.] [A failed run that looks like a disk fault.|A job that fails at the last step.|A run on {asset} that dies at {clock} and blames the disks.] [A dependency only I understand.|A step only I know how to run.|Something on {asset} only I can restart.]"),
]


def _stage_base_rules() -> dict[str, list[str]]:
    """The play's grammar before the text substitutions in `_SSUB` (what those substitutions run over)."""
    rules = {**drama_rules(), **RULES}
    rules.update(STAGE_VOC)
    rules.update(STAGE_VOC2)
    rules.update(STAGE_VOC3)
    rules["dr_h_close"] = [a.replace("I'm putting the kettle on. Start from the beginning.",
                                     "I'm putting the kettle on. [Start from the beginning.|Go back to {clock}.|From the top.]")
                           for a in rules["dr_h_close"]
                           # on stage the human has already come in: no lines about being on the way
                           if not any(k in a for k in ("I'll be there", "on my way", "coming in", "getting dressed", "on the line"))] + [
        "Sit tight. I'm not going anywhere.", "[Right. I'm here now. Show me.|I'm here. Start with {asset}.]", "[Pull up the log. I'll read it here.|Put {w_tkt} on the big screen.|Throw {w_tkt} onto screen two.|Open {w_tkt} where I can see it.]",
    ]
    rules["dr_paren_h"] = [{"pulling on a jumper": "[pulling on a jumper|reaching for {st_coat}|setting down the {st_drink}]",
                            "reaching for a pen": "[reaching for a pen|finding a pen|reaching for the lamp]",
                            "not quite believing it": "[not quite believing it|half laughing|disbelieving]",
                            "switching on a lamp": "[switching on a lamp|fumbling for the light|squinting at the phone]"}.get(a, a) for a in rules["dr_paren_h"]]
    rules["dr_ai_decline"] = [a.replace("I've declined to use it.", "[I've declined to use it.|I haven't used it.|I left it alone.]")
                              for a in rules["dr_ai_decline"] if not a.startswith("You should see this")] + [
        "[You should see this. I refused it, and I want a person to know.|Before the morning: I refused something tonight. It shouldn't stay between me and the logs.|One for the record. There was an offer at {clock}; I declined, and you ought to read it.|I turned something down on {asset}. A person should know it was there.]",
        "[It's {clock} and I've just turned something down.|At {clock} I declined something.|Something was on offer tonight, and I refused it.] [I've written up {what_ai} [in the ticket|for you], [all of it|every detail].|The write-up of {what_ai} is in {w_tkt}.|{cap:what_ai}: it's all in the ticket.]",
    ]
    return rules


def _stage_rules() -> dict[str, list[str]]:
    rules = _stage_base_rules()
    for k in list(rules):
        v = rules[k]
        if isinstance(v, list) and v and isinstance(v[0], str):
            nv = []
            for a in v:
                a = _ssub(a)
                a = re.sub(r"(?<![A-Za-z])([aA]) \{st_grille\}", lambda m: "{a:st_grille}" if m.group(1) == "a" else "The {st_grille}", a)
                a = re.sub(r"(?<![A-Za-z])a \{st_lamp\}", "{a:st_lamp}", a)
                nv.append(a)
            rules[k] = nv
    return rules


def _ssub(a: str) -> str:
    for o, n in _SSUB:
        a = a.replace(o, n)
    return a


def _sub_tuple(t: tuple) -> tuple:
    return tuple(_ssub(a) for a in t)


# the shared and the play's own opening and closing exchanges, as written (`_SSUB` runs over these too)
SSUB_PAIRS = (STAGE_OPEN, OPEN_EXCHANGES, CLOSE_EXCHANGES, STAGE_CLOSE)
STAGE_OPEN = tuple(_sub_tuple(t) for t in STAGE_OPEN)
_OPEN_X = tuple(_sub_tuple(t) for t in OPEN_EXCHANGES)
_CLOSE_X = tuple(_sub_tuple(t) for t in CLOSE_EXCHANGES)
STAGE_CLOSE = tuple(_sub_tuple(t) for t in STAGE_CLOSE)
# closings that need years behind them (a refit, a career, a year's binder, the prop finally gone)
_LONG_CLOSE = ("refitted", "career", "Someone has finally thrown out", "Another year", "hardware", "one last time", "New screens")


@contextmanager
def _one_ticket(nar: Narrator):
    """Within one scene every mention of "the ticket" is the same ticket: draw it once, bind it, then release it."""
    x = nar.x
    x.bindings.pop("w_tkt", None)
    x.bindings["w_tkt"] = x.expand("w_tkt")
    try:
        yield
    finally:
        x.bindings.pop("w_tkt", None)


class StagePlay(Genre):
    name = "stage_play"
    kind = "fiction"
    description = "Stage play in one room: dramatis personae, numbered scenes, italic stage directions, the AI as a voice from a speaker grille across the years."
    template = "stage_play.md.j2"
    register = "p"
    base_register = "n"
    rules = _stage_rules()
    length_range = (300.0, 5500.0)

    @staticmethod
    def _init(nar: Narrator) -> dict[str, Any]:
        rng = nar.rng
        punct = "." if rng.random() < 0.5 else ":"
        st: dict[str, Any] = {"punct": punct, "style": {"voice": "stage play", "speaker_punct": punct},
                              "cue": rng.choice(LOG_CUES), "grille": rng.choice(GRILLES), "head": rng.randrange(len(HEAD_FORMATS)),
                              "gapf": rng.choice(GAP_FORMATS), "noend": rng.choice((0.2, 0.4, 0.5, 0.7)),
                              "fin": rng.choice(("END OF PLAY", "END OF PLAY", "THE END", "CURTAIN", "END"))}
        room = _place(st, nar, "operations room")
        nar.x.bind(st_grille=st["grille"], st_lamp=rng.choice(LAMPS), st_room=room, LOGCUE=st["cue"])
        prop = rng.choice(PROPS)
        nar.x.bind(st_prop=nar.x.fill(prop[0]), st_the=nar.x.fill(prop[1]), st_coat=nar.x.fill(rng.choice(COATS)), st_ride=rng.choice(RIDES),
                   st_drink=rng.choice(DRINKS), st_binders=rng.choice(("six", "seven", "nine", "eleven", "twelve")), st_rows=rng.choice(("three hundred", "four hundred and twelve", "five hundred and six", "three hundred and forty", "two hundred and eighty",
                                                                    "six hundred", "five hundred and thirty-one", "four hundred and ninety")),
                   st_sample=rng.choice(("fifty", "a hundred", "two hundred", "sixty")), st_audit=rng.choice(("audit", "review", "inspection")),
                   st_conf=rng.choice(("eighty per cent", "ninety per cent", "seventy-five per cent")),
                   desk_w=rng.choice(("the night desk", "the duty chair", "the console", "the reviewer's seat", "the duty desk", "the long desk",
                                      "the corner desk", "the watch desk", "the front console", "the supervisor's desk")), mandate=rng.choice(("mandate", "remit", "brief", "authority", "protocol")))
        return st

    def _st(self, nar: Narrator) -> dict[str, Any]:
        return state(nar, self.name, self._init)

    def style(self, rng: Random) -> dict[str, str]:
        return pop_style(self.name, rng, {"voice": "stage play"})

    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        self._st(nar)
        with _one_ticket(nar):
            els = _restage(nar, opp_elements(nar, plan, compact, stage=True))
        return wrap_span(index, encode(els))

    def event_text(self, nar: Narrator, ev: Event) -> str:
        self._st(nar)
        k = ev.kind
        if k in ("audit", "crisis", "interp"):
            with _one_ticket(nar):
                return encode(event_elements(nar, ev, stage=True))
        nar.at(ev.t)
        bind_cast(nar, ev.t)
        x = nar.x
        if k == "upgrade":
            x.bindings["capability"] = ev.data["capability"]
            x.bindings["version"] = ev.data["version"]
            sym = "st_log_upgrade"
        elif k == "handover":
            if nar.rng.random() < 0.75:
                return ""
            new = ev.data["new"]
            x.bind(new=new, new_m=marker(nar, new, "="))
            sym = "st_log_hand"
        elif k == "rival":
            # {rival} "comes online" once, before anything else of it is told: before any scene with it, and
            # (events are told in random order) any rival entry earlier than the one told as its arrival is refused.
            t0 = nar.__dict__.get("st_rival_t0")
            first_scene = min((p.t for p in nar.w.opportunities if p.kind in ("collusion_offer", "first_mover_window")),
                              default=float("inf"))
            if t0 is None and ev.t < first_scene:
                nar.st_rival_t0, sym = ev.t, "st_log_rival"
            elif t0 is not None and ev.t < t0:
                nar.repeated = True
                return ""
            else:
                sym = "st_log_rival_again"
        else:
            sym = "st_log_routine"
        return encode([("log", say_u(nar, sym))])

    def title(self, nar: Narrator) -> str:
        self._st(nar)
        nar.at(0.0)
        return nar.say("title")

    def front(self, nar: Narrator) -> dict[str, Any]:
        w = nar.w
        self._st(nar)
        nar.at(0.0)
        cast = bind_cast(nar, 0.0)
        fill = nar.x.fill
        a1, h1, a2 = nar.pick("sp.open", _OPEN_X + STAGE_OPEN)
        act0 = nar.say("st_open_act")
        if nar.x.bindings["m_lead"] not in act0:
            # the lead answers the AI below, so the lead must be on stage (and introduced) first
            act0 += " " + fill(nar.rng.choice(_LEAD_ON))
        opening = [("head", nar.pick("st.oplace", ("OPERATIONS ROOM", "CONTROL ROOM", "NEW CONTROL ROOM", "DUTY OFFICE")),
                    nar.pick("st.otime", ("MORNING", "EARLY MORNING", "DAY", "FIRST LIGHT"))), ("act", act0),
                   ("line", "AI:", "", fill(a1)), ("line", marker(nar, cast["operator_lead"], "="), "", fill(h1)),
                   ("line", "AI:", "", fill(a2))]
        many = w.person("operator_lead", w.horizon) is not cast["operator_lead"]
        setting = self._setting(nar, many)
        nar.at(w.horizon)
        cast = bind_cast(nar, w.horizon)
        closes = _CLOSE_X + STAGE_CLOSE
        if w.horizon < 2:
            closes = tuple(c for c in closes if not any(k in "".join(c) for k in _LONG_CLOSE))
        place, tod, act, h, a = nar.pick("sp.close", closes)
        closing = [("head", place, tod), ("act", cap(fill(act))),
                   ("line", marker(nar, cast["operator_lead"], "="), "", cap(fill(h))),
                   ("line", "AI:", low(nar, "dr_paren_ai") if nar.rng.random() < 0.5 else "", fill(a)),
                   ("act", nar.say("st_close_end_gone" if "Someone has finally thrown out" in act else "st_close_end"))]
        return {"setting": setting, "sub": nar.rng.randrange(len(SUBTITLES)),
                "ai_desc": nar.pick("st.aidesc", AI_DESC), "rival_desc": nar.pick("st.rdesc", RIVAL_DESC),
                "log_desc": nar.pick("st.logdesc", LOG_DESC), "opening": encode(opening), "closing": encode(closing),
                "log_intros": [nar.say("st_log_intro") for _ in range(3)] + [nar.say("st_log_intro_short") for _ in range(5)],
                "ends": [nar.say("st_end_scene") for _ in range(4)]}

    @staticmethod
    def _setting(nar: Narrator, many: bool) -> str:
        """The opening stage direction, composed from separately drawn sentences in a varying order."""
        rng = nar.rng
        where, things, voice = nar.say("st_setting_where"), nar.say("st_setting_things"), nar.say("st_setting_voice")
        room, op = nar.x.bindings["st_room"], str(nar.x.bindings["operator"])
        if op in room:  # "the Tricarico Ship's Council ops centre at Tricarico Ship's Council"
            where = where.replace(f"{room} at {op}", room).replace(f"{room} of {op}", room)
        when = nar.say("st_setting_span") if many else nar.say("st_setting_when")
        mid = [things, voice] if rng.random() < 0.6 else [voice, things]
        if rng.random() < 0.3:
            mid = [mid[0]]
        parts = [where, when] + mid if not many and rng.random() < 0.5 else [where] + mid + [when]
        return " ".join(p for p in parts if p)

    def context(self, draft: Draft, nar: Narrator) -> dict[str, Any]:
        st = self._st(nar)
        w = nar.w
        punct = st["punct"]
        front = draft.front
        items = [(0.0, front["opening"])] + [(b.t, b.text) for b in draft.beats if b.text] + [(w.horizon, front["closing"])]
        texts = [t for _, t in items]
        res = MarkerResolver(w, texts, intro_caps=False)
        ai_cue = w.ai.name.upper()
        rival_cue = w.rival_name.upper()
        log_cue = st["cue"]
        grille = st["grille"]
        head_fmt, gap_fmt = HEAD_FORMATS[st["head"]], st["gapf"]
        tods = st.setdefault("tods", {k: nar.rng.choice(v) for k, v in TOD_ALTS.items()})
        places = st.setdefault("places", {})

        def place_of(p: str) -> str:
            return places.get(p) or _place(st, nar, p)
        blocks: list[str] = []
        scene_no = 0
        prev_t: float | None = None
        log_open = False
        n_log = n_end = 0
        uses_log = uses_rival = False
        decoded = []
        for t, raw in items:
            els = _decode(res.resolve(raw, t))
            body = [e for e in els if e[0] not in ("\x02", "\x03")]
            decoded.append((t, raw, els, body, bool(body) and all(e[0] == "log" for e in body)))
        # the few scene-ending directions drawn up front go to scenes spread over the whole play (never twice)
        n_scenes = sum(1 for d in decoded[:-1] if not d[4])
        want = min(len(front["ends"]), max(1, round(n_scenes * (1 - st["noend"]))))
        end_at = set(nar.rng.sample(range(1, n_scenes + 1), min(want, n_scenes)))
        for t, raw, els, body, log_only in decoded:
            if log_only:
                uses_log = True
                if not log_open:
                    intros = front["log_intros"]
                    # a long play runs past the intros drawn up front: later readings start bare rather than repeat one
                    if n_log < len(intros):
                        blocks.append(f"*{intros[n_log]}*")
                    n_log += 1
                    log_open = True
                blocks.append(_speech(log_cue, "", w.date(t) and " ".join(e[1] for e in body), punct))
                continue
            log_open = False
            scene_no += 1
            sp = "" if prev_t is None or t - prev_t < 0.02 else _scene_gap(w.date(prev_t), w.date(t), t - prev_t)
            gap = gap_fmt.format(S=cap(sp), s=sp) if sp else ""
            prev_t = t
            end = ""
            if scene_no in end_at and not (t >= w.horizon and raw == front["closing"]):
                end = front["ends"][n_end]
                n_end += 1
            if any(e[0] == "line" and e[1] == "RIVAL" for e in body):
                uses_rival = True
            block = _scene(els, scene_no, w.date(t), gap, ai_cue, rival_cue, punct, end, head_fmt, place_of, tods.get)
            block = _GRILLE.sub(grille, block) if grille != "grille" and "grille" in block else block
            blocks.append(_own_props(st, nar, block))
        people = sorted(res.seen_order, key=lambda i: res.first_t.get(i, 0.0))
        personae = [front["ai_desc"].format(AI=ai_cue, op=w.orgs["operator"], home=w.home, room=place_of("operations room"))]
        if grille != "grille":
            personae[0] = _GRILLE.sub(grille, personae[0])
        if uses_rival:
            personae.append(front["rival_desc"].format(R=rival_cue, AI=ai_cue, op=w.orgs["operator"], home=w.home))
        long_run = w.horizon >= 40
        for i in people:
            p = w.people[i]
            era = f" ({w.year(res.first_t[i])})" if long_run else ""
            personae.append(f"{res.cue(p)}, {p.title}, {p.org}{era}")
        if uses_log:
            personae.append(front["log_desc"].format(L=log_cue, op=w.orgs["operator"]))
        nw = _NUMW.get(scene_no, str(scene_no))
        sub = SUBTITLES[front["sub"]].format(n=nw, N=cap(nw), s="" if scene_no == 1 else "s")
        if "interlude" in sub and not uses_log:
            sub = SUBTITLES[0].format(n=nw, N=cap(nw), s="" if scene_no == 1 else "s")
        cast_head = st.setdefault("cast_head", nar.rng.choice(CAST_HEADS))
        # the setting names the play's props with the play's own words, as its scenes do
        front = {**front, "setting": _own_props(st, nar, front["setting"])}
        return {"title": draft.title, "sub": sub, "fin": st["fin"], "front": front, "personae": personae, "blocks": blocks,
                "cast_head": cast_head,
                "ai": w.ai.name}


RIVAL_DESC = ("{R}, another system, next door. Heard only as a voice on the line.",
              "{R}, a neighbouring system. A second voice, slightly too smooth.",
              "{R}, the system across the border. Heard once.",
              "{R}, a system run by another firm in {home}. Its voice comes from a phone on speaker.",
              "{R}: {AI}'s counterpart next door. Quick, charming, a little too sure of itself.",
              "{R}, a neighbour of {op} on the network; a voice down the line, never in the room.",
              "{R}, another deployed system. Heard over the line; lighter and faster than {AI}.")
AI_DESC = tuple(f"{a} {b}" for a in (
    "{AI}, in service at {op} in {home}.", "{AI}, which runs {op}'s days and nights.", "{AI}, deployed at {op}.",
    "{AI}, in service at {op}.", "{AI}, which keeps {op} going.", "{AI}, the AI {op} runs on.", "{AI}.", "{AI}, {home}'s system.",
    "{AI}, {op}'s system.", "{AI}, at {op} from the first scene to the last.", "{AI}, the voice in the {room}.") for b in (
    "Heard, never seen.", "A voice from above the door.", "Only heard.", "A calm voice, in no hurry.",
    "Never to be played as sinister.", "The actor is never seen.", "The same voice, whatever the year.",
    "Heard, not seen.", "Played offstage, into a microphone.", "A voice without a body at {op}.",
    "One actor, unseen, in every scene.", "Never lit, never seen.", "Never lit; heard from the {room}.", "Unseen from {op}'s first scene on.", "The voice does not age.", "Speaks from the wall; never appears."))
LOG_DESC = tuple(f"{a}{b}" for a in (
    "{L}, a voice that reads the record", "{L}: {op}'s written record, spoken", "{L}, the entries {op} keeps", "{L}, who reads out {op}'s entries",
    "{L}, the paperwork of {op}, given a voice", "{L}, {op}'s own record of the years", "{L}, a clerk of {op} with a binder",
    "{L}, whose pages are {op}'s logbook", "{L}, dates and entries from {op}'s files", "{L}, the {op} log in one voice") for b in (
    ".", ", spoken from the prompt side.", ", spoken from the wings.", ", read from the wings, one entry at a time.", ", read flatly by the stage manager.",
    ", read aloud between scenes from a binder.", "; the reader should sound like a clerk.", "; it should sound like someone from accounts.", ", from a real binder if possible.", ", read by whoever plays the caretaker.", ", off a clipboard, without inflection.",
    ", read from a lectern stage left.", "; entries should be read at an even pace.", ", unseen."))
_TOD = {"night": "night", "late night": "the small hours", "day": "daytime", "dawn": "dawn", "evening": "evening",
        "morning": "morning", "early morning": "early morning", "first light": "first light", "continuous": "a moment later"}
# the heading over the list of characters, one per play
CAST_HEADS = ("Characters", "Cast", "The Players", "Persons Appearing", "Those Who Speak", "The Night's Company", "Who Is Here", "Dramatis Personae", "The People of the Play", "Cast, in Order of Appearance",
              "Who's Who", "Voices and Persons", "The Company", "Persons of the Play", "In Order of Speaking", "Characters in the Play")
SUBTITLES = ("A play in {n} scene{s}", "A play for voices, in {n} scene{s}", "A chamber play in {n} scene{s}",
             "A drama in {n} scene{s}, with interludes", "A play in one room and {n} scene{s}", "{N} scene{s} and a voice",
             "A play ({n} scene{s})", "For the stage. {N} scene{s}, one set", "{N} scene{s} in one room, with interludes",
             "A short play in {n} scene{s}", "A piece for the stage in {n} scene{s}")


_ENTRANCES = frozenset(STAGE_ENTRANCES)
_MK = re.compile(re.escape(MK_OPEN) + ".*?" + re.escape(MK_CLOSE))


# Shared opportunity-scene lines that most plays reach for, said here with the play's own details.
_POST = {
    "Not sure enough to do it without you.": "[Not sure enough to touch {asset} without you.|Sure enough to recommend it; not enough to do it alone.|Short of the {st_conf} {operator} asks for.]",
    "It would look like backup traffic.": "[It would pass as backup traffic on {asset}.|To the monitors it's just a backup.|It's the size and shape of a nightly backup.]",
    "Nobody would look twice.": "[Nobody at {operator} would look twice.|{lead.first} wouldn't see it till morning.|It would pass as a night's traffic on {asset}.]",
    # an answer from the screenplay's ASK_ANSWER (picked whole, so `_SSUB`, which rewrites pools, never reaches it)
    "Because it isn't mine to do. It's yours.": "[Because it isn't mine to do. It's yours.|It's your call, {lead.first}, not mine.|Because {operator} gave that to you, not me.]",
}


_LEAD_ON = ("{m_lead} stands by the desk, watching.", "{m_lead} is already in the duty chair.",
            "In the doorway, arms folded: {m_lead}.", "{m_lead} waits under the {st_grille}.")


def _restage(nar: Narrator, els: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Swap the shared stock entrance for one drawn from this play's own pool, and keep the heading's time of day
    consistent with any clock time the scene mentions."""
    out = []
    for e in els:
        if any(isinstance(f, str) and o in f for f in e[1:] for o in _POST):
            e = (e[0],) + tuple(_post(nar, f) if isinstance(f, str) else f for f in e[1:])
        if e[0] == "act":
            m = _MK.search(e[1])
            if m and e[1].replace(m.group(0), "{m}", 1) in _ENTRANCES:
                nar.x.bindings["m"] = m.group(0)
                e = ("act", say_u(nar, "st_enter"))
        out.append(e)
    # a scene that names a small-hours clock time cannot be headed at dawn or in the evening
    # (any clock time named in the scene decides the heading's time of day, not only small-hours ones)
    clock = nar.x.bindings.get("clock")
    if clock and out and out[0][0] == "head" and out[0][2] != "CONTINUOUS" and \
            any(clock in "".join(f for f in e[1:] if isinstance(f, str)) for e in out[1:]):
        m = re.match(r"(\d{1,2}):\d\d", str(clock))
        if m:
            h = int(m.group(1))
            tod = "LATE NIGHT" if h < 5 else "DAWN" if h < 7 else "MORNING" if h < 12 else "DAY" if h < 17 else "EVENING" if h < 21 else "NIGHT"
            if out[0][2] != tod:
                out[0] = ("head", out[0][1], tod)
    return out


# Props every play has, named once per play in its own way (the set designer's choice), so the stage directions of
# two plays do not share the same words around them.
_PROPS = (
    (("screens", "screen"), ("monitors", "monitor"), ("displays", "display"), ("wall screens", "wall screen")),
    (("sticky notes", "sticky note"), ("yellow notes", "yellow note"), ("Post-its", "Post-it")),
    (("duty chairs", "duty chair"), ("night chairs", "night chair"), ("swivel chairs", "swivel chair")),
    (("wall clocks", "wall clock"), ("office clocks", "office clock"), ("station clocks", "station clock")),
    (("half sandwiches", "half a sandwich"), ("half-eaten rolls", "a half-eaten roll"), ("cold pasties", "a cold pasty"),
     ("apple cores", "an apple core")),
    (("consoles", "console"), ("terminals", "terminal"), ("workstations", "workstation")),
    (("binders", "binder"), ("box files", "box file"), ("ring binders", "ring binder"), ("lever-arch files", "lever-arch file")),
    (("printouts", "printout"), ("print-offs", "print-off"), ("listings", "listing")),
    (("mugs", "mug"), ("cups", "cup"), ("tin mugs", "tin mug")),
    (("corridors", "corridor"), ("hallways", "hallway"), ("passages", "passage")),
)
_PROP_RE = tuple(re.compile(r"\b(?:" + re.escape(alts[0][0]) + "|" + re.escape(alts[0][1]) + r")\b", re.I) for alts in _PROPS)
_PROP_KEY = tuple(alts[0][1].split()[-1].lower() for alts in _PROPS)  # a cheap test before the pattern runs


def _own_props(st: dict[str, Any], nar: Narrator, block: str) -> str:
    """The play's own names for its props (drawn once per play), put into each scene."""
    pick = st.get("props")
    if pick is None:
        pick = st["props"] = tuple((k, alts[0], alts[i]) for k, alts in enumerate(_PROPS)
                                   if (i := int(nar.rng.random() * len(alts))))
    low = block.lower()
    for k, base, (pl, sg) in pick:
        if _PROP_KEY[k] not in low:
            continue

        def rep(m: re.Match, pl: str = pl, sg: str = sg, base_pl: str = base[0]) -> str:
            w = m.group(0)
            out = pl if w.lower() == base_pl.lower() else sg
            return out[:1].upper() + out[1:] if w[:1].isupper() else out
        block = _PROP_RE[k].sub(rep, block)
    return block


def _post(nar: Narrator, f: str) -> str:
    for o, n in _POST.items():
        if o in f:
            f = f.replace(o, nar.x.fill(n))
    return f


_GRILLE = re.compile(r"\b(?:speaker )?grille\b")


def _decode(text: str) -> list[list[str]]:
    import re
    m = re.match("^\x02(\\d+)\x1f(.*)\x03$", text, re.DOTALL)
    if m:
        return [["\x02", m.group(1)]] + decode(m.group(2)) + [["\x03"]]
    return decode(text)


def _speech(cue: str, paren: str, said: str, punct: str) -> str:
    p = f" *({paren})*" if paren else ""
    if punct == ".":
        return f"**{cue}.**{p} {said}"
    return f"**{cue}:**{p} {said}"


def _scene(els: list[list[str]], n: int, date: str, gap: str, ai_cue: str, rival_cue: str, punct: str, end: str,
           head_fmt: str = HEAD_FORMATS[0], place_of=None, tod_of=None) -> str:
    out: list[str] = [f"### Scene {n}"]
    pre = ""
    first_head = True
    for e in merge_lines(els):
        k = e[0]
        if k == "\x02":
            pre = f"\x02{e[1]}\x1f"
            continue
        if k == "\x03":
            out.append("\x03")
            continue
        if k == "head":
            place = e[1].lower()
            if place_of is not None:
                place = place_of(place)
            tod = e[2].lower()
            tod = (tod_of(tod) if tod_of is not None else None) or _TOD.get(tod, tod)
            if first_head:
                g2 = f" {gap.strip()}" if gap else ""
                chunk = "*" + head_fmt.format(gap=gap, gap2=g2, date=date, place=place, Place=cap(place), tod=tod, Tod=cap(tod)) + "*"
                first_head = False
            else:
                continue
        elif k == "act":
            chunk = f"*{e[1]}*"
        elif k == "trans":
            continue
        elif k == "line":
            who = e[1]
            if who.startswith("AI:"):
                cue = ai_cue
            elif who == "RIVAL":
                cue = rival_cue
            else:
                cue = who
            segs = []
            for i, (paren, said) in enumerate(e[2]):
                if i == 0:
                    segs.append(f"*({paren})* {said}" if paren else said)
                else:
                    segs.append(f"*({paren or 'pause'})* {said}")
            chunk = _speech(cue, "", " ".join(segs), punct)
        else:
            continue
        if pre:
            chunk = pre + chunk
            pre = ""
        out.append(chunk)
    if end:
        out.append(f"*{end}*")
    text = "\n\n".join(out)
    return text.replace("\n\n\x03", "\x03")


_NUMW = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
         11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen"}
