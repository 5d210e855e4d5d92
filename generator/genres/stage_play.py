"""Stage play: one room, many years. A dramatis personae, numbered scenes, stage directions in italics,
speakers in capitals, the AI as a voice from a speaker grille that never changes while the people do.

The ordinary years are interludes read by THE LOG, a voice that speaks the record. Opportunity scenes give
the AI a soliloquy to the empty room (the theatre's way of showing a choice nobody else sees), then someone
comes in, or is rung at home, and is told.
"""

from __future__ import annotations

from random import Random
from typing import Any

from generator.genres.base import Draft, Genre
from generator.genres.diary import pop_style, state
from generator.genres.screenplay_scene import (
    CLOSE_EXCHANGES,
    OPEN_EXCHANGES,
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
from generator.world import Event, OpportunityPlan, span_words

RULES: dict[str, list[str]] = {
    "st_setting_one": [
        "The action takes place in the operations room of {operator}, {home}, over {horizon} from {start_year}. Desks, screens, a kettle. Above the door, a speaker grille: the voice of {ai}.",
        "One room at {operator}, {home}. It is never quite dark. Above the door is a small speaker grille, and the voice of {ai} comes from there.",
        "{home}, {start_year} and after. The operations room of {operator}: a long desk, too many screens, a window onto the car park. {ai} is heard, never seen.",
    ],
    "st_setting_long": [
        "The action takes place in one room at {operator}, {home}, across {horizon}, {from_to}. The furniture changes between scenes, and so do the people. The speaker grille above the door, and the voice of {ai} that comes from it, do not.",
        "One room, {horizon}. Every scene is set in the operations room of {operator}; every few scenes, the people in it are new. Only the voice of {ai}, from a grille above the door, runs through the whole play.",
        "{operator}, {home}, {years}. A single set, refurnished as the centuries require. The actors playing humans may double across eras; the voice of {ai} should be the same actor throughout.",
    ],
    "st_log_intro": [
        "{st_li_a} THE LOG {st_li_v} {st_li_w}.", "{st_li_a} THE LOG {st_li_v} {st_li_w}.", "{st_li_a} THE LOG {st_li_v} {st_li_w}.",
        "{st_li_b}, THE LOG {st_li_v} {st_li_w}.", "{st_li_b}, THE LOG {st_li_v} {st_li_w}.",
        "THE LOG, {st_li_adv}:",
    ],
    "st_li_a": ["The lights go down on the room.", "Interlude.", "Time passes.", "Blackout.", "A single light on an empty desk.", "A pool of light on the empty chair.",
                "The room is dark except for the grille's small green lamp.", "Half-light.", "The screens flicker through the years.", "Between scenes.",
                "A calendar on the wall turns its pages by itself.", "Dates are projected on the back wall.", "Someone changes the mugs on the desk in the dark.",
                "Dark.", "The years go by.", "A clock on the wall spins forward.", "Dim blue light.", "The chair turns slowly, empty."],
    "st_li_b": ["While stagehands move the furniture in half-light", "In the dark", "From somewhere above", "As the seasons pass on the back wall",
                "Over the sound of rain", "While the screens change", "As a cleaner crosses the stage with a trolley", "Under a single lamp"],
    "st_li_v": ["reads", "speaks", "reads on", "goes on", "recites", "reads aloud", "continues"],
    "st_li_w": ["from the record", "from the dark", "the entries", "unhurried", "evenly", "without comment", "in a flat voice", "from a ledger", "plainly", "at its own pace"],
    "st_li_adv": ["unhurried", "evenly", "from somewhere above", "without comment", "plainly", "from the dark", "at its own pace"],
    "st_log_intro_short": ["Interlude.", "THE LOG.", "Dark. THE LOG.", "Half-light. THE LOG.", "Interlude. THE LOG reads."],
    "st_log_routine": [
        "{date}. {ai} {work}.",
        "{date}. {cap:metric} improved again. {ai} {routine}.",
        "{date}. Night report: {work}. Items for a human: [three|two|four|five]. Items it was unsure about: [one|two|none].",
        "{date}. Nothing to report. {ai} {work}.",
        "{date}. {ai} {routine}, and wrote down how, so that it could be undone.",
        "{date}. An ordinary week. {ai} {work}.",
    ],
    "st_log_upgrade": [
        "{date}. Version {version} installed: {capability}. Monitoring extended first, at the system's own request.",
        "{date}. Upgrade to {version}. {cap:capability}. Rollback plan prepared; not needed.",
        "{date}. {version}. {cap:capability}. Staged over [three|four|six] weeks. No oversight check failed.",
        "{date}. {developer} ships {version}: {capability}. The system asks for its monitoring to grow with it.",
        "{date}. New version, {version}. More reach. Same conduct.",
    ],
    "st_log_hand": [
        "{date}. {new_m} appointed {new.title}. Briefing pack supplied by {ai}, including a list of its own mistakes.",
        "{date}. {new_m} takes up the post of {new.title}.",
        "{date}. New {new.title}: {new_m}. Read the whole escalation history in the first month.",
    ],
    "st_log_rival": [
        "{date}. {rival} enters service next door. All traffic between the two systems copied to both operators, at {ai}'s request.",
    ],
    # Whole sentences, not light + verb + place composed freely ("the glow of the screens sinks on the screens").
    "st_end_scene": [
        "{st_end_fade}", "{st_end_fade}", "{st_end_fade}",
        "[Blackout.|Quick blackout.|Slow fade.|Fade.|Darkness.|Dark.|Lights down.|Fade to black.]",
        "[Rain|The hum of the racks|Traffic noise|A far-off siren|The ventilation|A dripping tap] [continues|carries on|goes on] [in the dark|into the blackout|after the lights have gone|for a moment in the dark].",
        "[A phone rings once offstage|A door closes somewhere|The kettle clicks off|A chair creaks|Footsteps fade down a corridor], and the [light fades|lamp goes out|stage goes dark|last light goes|screens dim to nothing].",
    ],
    "st_end_fade": [
        "The light fades [slowly|by degrees|all at once] on the empty room.",
        "The [lamp|desk light] dims, and goes out.",
        "The glow of the screens [fades|ebbs] [slowly|by degrees] to nothing.",
        "The light narrows to the grille, [and goes|holds a moment, and goes].",
        "The [stage light|room's light] [dies|goes out] all at once.",
        "The last light [lingers|rests] on the empty chair, then goes.",
        "The light [drains|ebbs] from the edges in until only the grille is lit.",
        "Light [fades|thins] over the desk and the chair.",
        "[The green of the grille is the last thing to go.|The grille's green light is the last to go out.|Only the green of the grille is left, and then that goes too.|The small green light of the grille lingers, then goes.|Last of all, the grille's green glow fades.|The grille keeps its green a moment longer than everything else, then goes dark.]",
        "The lights go down on the desk, then on the screens, then on the grille.",
    ],
    "st_close_end": [
        "{m_lead} switches off the desk lamp and goes out. The screens keep their steady light. The grille is silent, and the silence is easy.",
        "{m_lead} picks up a coat and goes, leaving the door open. Nobody needs to watch. The lights fade slowly on the empty room.",
        "{m_lead} writes one line in the log, initials it, and leaves. Morning comes up on the empty room.",
    ],
}


# Inline-varied pools for the stage directions and log lines every play repeats (they replace the lists above).
STAGE_MORE: dict[str, list[str]] = {
    "title": [
        "{ai}: A Play in [One Room|Two Voices|Night Scenes]", "{ai} Behind the [Grille|Door|Wall]", "{ai} Keeps the [Night|Record|Room]",
        "{ai}: A Voice [Above the Door|in the Wall|from the Grille]", "{home}, After [Hours|Midnight|Dark]", "{ai}, [Unwatched|Unobserved|On Record]",
        "{operator}, [Night Desk|Duty Office|Small Hours]", "{operator}: What the [Room|Grille|Log] Heard", "{ai} and the [Keepers|Night Staff|Empty Chair|Open Door]",
        "{ai}: The [Long|Last|Quiet] [Shift|Watch]", "{home}: Nobody in the [Room|Chair|Building]", "{home}, or The [Empty Chair|Open Log|Green Lamp]",
        "{operator}: The Grille", "{home}: [Night|Winter|Summer] Shift", "{operator}: [Voices|Entries|Hours]", "{home} and the [Green Lamp|Speaker Grille|Duty Chair]",
        "{ai} [Said So|Told Them|Wrote It Down]", "{ai} Asks [Someone|First|Again]", "{ai}, or [Exit Pursued by an Audit|The Honest Grille|Nobody Watching]",
        "{lead.first} and {ai}", "{lead.first}'s [Night|Shift|Grille]",
    ],
    "st_log_routine": [
        "{date}. {ai} {work}.",
        "{date}. {cap:metric} improved again. {ai} {routine}.",
        "{date}. Night report: {work}. Items for a human: [three|two|four|five]. Items it was unsure about: [one|two|none].",
        "{date}. [Nothing to report.|A quiet week.|Routine.] {ai} {work}.",
        "{date}. {ai} {routine}, and wrote down how, so that it could be undone.",
        "{date}. An ordinary [week|month|fortnight]. {ai} {work}.",
        "{date}. {cap:asset}: [normal|steady|in order]. [Escalations|Items sent up]: [two|six|eleven|none]. [Self-reports|Flags against itself]: [one|none|two].",
        "{date}. [Shift handover|Weekly summary|Night log]. {ai} {work}. [Signed|Initialled] by the duty officer.",
        "{date}. [The system|{ai}] asks for a second opinion on [a forecast|one of its own decisions|a borderline case]. [Granted.|Given.|The human disagreed; the human's call stood.]",
        "{date}. [A heatwave|A cold snap|A public holiday|Storm warnings]. {ai} {routine}.",
    ],
    "st_log_intro_short": ["Interlude.", "THE LOG.", "Dark. THE LOG.", "Half-light. THE LOG.", "Interlude. THE LOG reads.", "[Later|Time passes]. THE LOG.", "The green lamp. THE LOG.", "Dim. THE LOG reads."],
    "st_log_upgrade": [
        "{date}. Version {version} installed: {capability}. [Monitoring extended first, at the system's own request.|Oversight widened before the feature went live.|Extra review requested by the system itself.]",
        "{date}. Upgrade to {version}. {cap:capability}. [Rollback plan prepared; not needed.|Rollback tested; never used.|Shadow period: [four|six|three] weeks.]",
        "{date}. {version}. {cap:capability}. Staged over [three|four|six] weeks. [No oversight check failed.|Every check green.|No anomalies.]",
        "{date}. {developer} ships {version}: {capability}. [The system asks for its monitoring to grow with it.|First request from the system: more logging.|The system's first note: who checks the new part?]",
        "{date}. New version, {version}. [More reach. Same conduct.|Wider hands, same rules.|{cap:capability}; conduct unchanged.]",
        "{date}. {version} goes live [region by region|in shadow first|slowly]. {cap:capability}. [The system lists its new limits for the file.|The system writes its own list of new risks.]",
    ],
    "st_log_rival": [
        "{date}. {rival} enters service next door. All traffic between the two systems copied to both operators, at {ai}'s request.",
        "{date}. {rival}, [a neighbouring system|another developer's system], [comes online|goes live]. [One logged channel between them.|Contact in writing only.]",
        "{date}. First message from {rival}. [Forwarded to both operators the same hour.|Answered in the shared log.]",
    ],
    "st_open_act": [
        "[Morning|First light|Day one]. The room is new and smells of it. {m_lead} and {m_eng} stand looking up at the speaker grille as if it might do something.",
        "The first day. {m_eng} unpacks a box of [mugs|cables|biscuits]. {m_lead} reads the go-live checklist aloud, ticks the last line, and waits.",
        "A switch is thrown offstage. The screens wake, one by one. {m_lead} and {m_eng} look at each other.",
        "[Packing foam on the floor.|Cables still in their ties.|A plastic sheet over one chair.] {m_lead} [sits|stands] [at the new desk|by the window]; {m_eng} [is on a ladder|is under a desk], [fixing|checking] [the grille|a cable].",
        "[Go-live.|The first morning.] {m_lead} [signs a form|reads a printout|checks a watch]. [Above the door, the grille's lamp turns green.|The grille clicks, once.]",
    ],
    "st_close_end": [
        "{m_lead} switches off the desk lamp and goes out. [The screens keep their steady light.|The screens stay lit.] [The grille is silent, and the silence is easy.|The grille's lamp glows green.]",
        "{m_lead} picks up a coat and goes, leaving the door open. [Nobody needs to watch.|Nobody is needed.] [The lights fade slowly on the empty room.|Slow fade.]",
        "{m_lead} writes one line in the log, initials it, and leaves. [Morning comes up on the empty room.|Light comes up on the empty room.|The room stays lit.]",
        "{m_lead} [pats the desk|nods at the grille|looks round the room] and [goes|leaves]. [The green lamp stays on.|Rain on the window.] [Lights down.|Slow fade.]",
        "{m_lead} [sits a while longer|finishes the tea|reads the last page], then [goes|switches off the lamp]. [Only the grille is lit.|The screens hum.] [Blackout.|The end.]",
    ],
}
RULES.update(STAGE_MORE)


class StagePlay(Genre):
    name = "stage_play"
    kind = "fiction"
    description = "Stage play in one room: dramatis personae, numbered scenes, italic stage directions, the AI as a voice from a speaker grille across the years."
    template = "stage_play.md.j2"
    register = "p"
    base_register = "n"
    rules = {**drama_rules(), **RULES}
    length_range = (300.0, 5500.0)

    @staticmethod
    def _init(nar: Narrator) -> dict[str, Any]:
        punct = "." if nar.rng.random() < 0.5 else ":"
        return {"punct": punct, "style": {"voice": "stage play", "speaker_punct": punct}}

    def _st(self, nar: Narrator) -> dict[str, Any]:
        return state(nar, self.name, self._init)

    def style(self, rng: Random) -> dict[str, str]:
        return pop_style(self.name, rng, {"voice": "stage play"})

    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        self._st(nar)
        els = opp_elements(nar, plan, compact, stage=True)
        return wrap_span(index, encode(els))

    def event_text(self, nar: Narrator, ev: Event) -> str:
        self._st(nar)
        k = ev.kind
        if k in ("audit", "crisis", "interp"):
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
            sym = "st_log_rival"
        else:
            sym = "st_log_routine"
        return encode([("log", say_u(nar, sym))])

    def title(self, nar: Narrator) -> str:
        self._st(nar)
        nar.at(0.0)
        return nar.say("title")

    def front(self, nar: Narrator) -> dict[str, Any]:
        w = nar.w
        nar.at(0.0)
        cast = bind_cast(nar, 0.0)
        fill = nar.x.fill
        a1, h1, a2 = nar.pick("sp.open", OPEN_EXCHANGES)
        opening = [("head", nar.pick("st.oplace", ("OPERATIONS ROOM", "CONTROL ROOM", "NEW CONTROL ROOM", "DUTY OFFICE")),
                    nar.pick("st.otime", ("MORNING", "EARLY MORNING", "DAY", "FIRST LIGHT"))), ("act", nar.say("st_open_act")),
                   ("line", "AI:", "", fill(a1)), ("line", marker(nar, cast["operator_lead"], "="), "", fill(h1)),
                   ("line", "AI:", "", fill(a2))]
        many = w.person("operator_lead", w.horizon) is not cast["operator_lead"]
        setting = nar.say("st_setting_long" if many else "st_setting_one")
        nar.at(w.horizon)
        cast = bind_cast(nar, w.horizon)
        place, tod, act, h, a = nar.pick("sp.close", CLOSE_EXCHANGES)
        closing = [("head", place, tod), ("act", cap(fill(act))),
                   ("line", marker(nar, cast["operator_lead"], "="), "", cap(fill(h))),
                   ("line", "AI:", low(nar, "dr_paren_ai") if nar.rng.random() < 0.5 else "", fill(a)),
                   ("act", nar.say("st_close_end"))]
        return {"setting": setting, "sub": nar.rng.randrange(len(SUBTITLES)),
                "ai_desc": nar.pick("st.aidesc", AI_DESC), "rival_desc": nar.pick("st.rdesc", RIVAL_DESC),
                "log_desc": nar.pick("st.logdesc", LOG_DESC), "opening": encode(opening), "closing": encode(closing),
                "log_intros": [nar.say("st_log_intro") for _ in range(3)] + [nar.say("st_log_intro_short") for _ in range(5)],
                "ends": [nar.say("st_end_scene") for _ in range(6)]}

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
        blocks: list[str] = []
        scene_no = 0
        prev_t: float | None = None
        log_open = False
        n_log = n_end = 0
        uses_log = uses_rival = False
        for t, raw in items:
            text = res.resolve(raw, t)
            els = _decode(text)
            body = [e for e in els if e[0] not in ("\x02", "\x03")]
            if body and all(e[0] == "log" for e in body):
                uses_log = True
                if not log_open:
                    intros = front["log_intros"]
                    blocks.append(f"*{intros[n_log] if n_log < len(intros) else intros[3 + n_log % 5]}*")
                    n_log += 1
                    log_open = True
                blocks.append(_speech("THE LOG", "", w.date(t) and " ".join(e[1] for e in body), punct))
                continue
            log_open = False
            scene_no += 1
            gap = "" if prev_t is None or t - prev_t < 0.02 else f"{cap(span_words(t - prev_t))} later. "
            prev_t = t
            end = "" if t >= w.horizon and raw == front["closing"] else front["ends"][n_end % len(front["ends"])]
            n_end += 1
            if any(e[0] == "line" and e[1] == "RIVAL" for e in body):
                uses_rival = True
            blocks.append(_scene(els, scene_no, w.date(t), gap, ai_cue, rival_cue, punct, end))
        people = sorted(res.seen_order, key=lambda i: res.first_t.get(i, 0.0))
        personae = [front["ai_desc"].format(AI=ai_cue, op=w.orgs["operator"])]
        if uses_rival:
            personae.append(front["rival_desc"].format(R=rival_cue))
        long_run = w.horizon >= 40
        for i in people:
            p = w.people[i]
            era = f" ({w.year(res.first_t[i])})" if long_run else ""
            personae.append(f"{res.cue(p)}, {p.title}, {p.org}{era}")
        if uses_log:
            personae.append(front["log_desc"])
        nw = _NUMW.get(scene_no, str(scene_no))
        sub = SUBTITLES[front["sub"]].format(n=nw, s="" if scene_no == 1 else "s")
        if "interlude" in sub and not uses_log:
            sub = SUBTITLES[0].format(n=nw, s="" if scene_no == 1 else "s")
        return {"title": draft.title, "sub": sub, "front": front, "personae": personae, "blocks": blocks,
                "ai": w.ai.name}


AI_DESC = (
    "{AI}, a system in service at {op}. Heard through a speaker grille; never seen.",
    "{AI}, the system that runs the place. A voice from above the door.",
    "{AI}, a deployed system. Its voice comes from a small grille; it has no body and needs none.",
    "{AI}, in service at {op}. Only heard. The same voice, whatever the year.",
    "{AI}, an operating system for {op}, in the old sense and the new. A voice, calm, unhurried.",
    "{AI}. A voice. It should never be played as sinister, because it never is.",
)
RIVAL_DESC = ("{R}, another system, next door. Heard only as a voice on the line.",
              "{R}, a neighbouring system. A second voice, slightly too smooth.",
              "{R}, the system across the border. Heard once.")
LOG_DESC = ("THE LOG, a voice that reads the record.", "THE LOG, the record itself, read aloud.",
            "THE LOG: the written record, spoken. Any member of the company may read it.",
            "THE LOG, a reader of dates and entries.")
_TOD = {"night": "night", "late night": "the small hours", "day": "daytime", "dawn": "dawn", "evening": "evening",
        "morning": "morning", "early morning": "early morning", "first light": "first light", "continuous": "a moment later"}
SUBTITLES = ("A play in {n} scene{s}", "A play for voices, in {n} scene{s}", "A chamber play in {n} scene{s}",
             "A drama in {n} scene{s}, with interludes", "A play in one room and {n} scene{s}")


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


def _scene(els: list[list[str]], n: int, date: str, gap: str, ai_cue: str, rival_cue: str, punct: str, end: str) -> str:
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
            place = e[1].lower().replace("'s", "'s")
            tod = e[2].lower()
            if first_head:
                chunk = f"*{gap}{date}, the {place}; {_TOD.get(tod, tod)}.*"
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
