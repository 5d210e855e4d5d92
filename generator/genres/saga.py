"""Saga: a multi-generational chronicle of one AI system across centuries or millennia, told in parts by era.

Each part opens with the texture of its era (the city, the climate, the institutions, daily life), names the
generation then holding the offices that watch the AI (who really held them, from the world's roles), and then
tells that era's chances as scenes, with the ordinary years, upgrades, audits and successions between them. A
running count of declined chances is carried from part to part; the epilogue settles the record.
Scenes and many ordinary beats come from the fiction kit in `science_fiction_passage`.
"""

from __future__ import annotations

import math
import re
import zlib
from functools import cache
from typing import Any

from generator.genres.base import Draft
from generator.genres.science_fiction_passage import (
    FictionGenre, at, bind_event, blocks, cardinal_words, counted, event_kind, install, kit_rules, ordinal_words,
    parse_block, say_v, scene, stash_style, times_words, years_words,
)
from generator.content.names import pools
from generator.grammar import Grammar, cap
from generator.narrate import find_word
from generator.narrate import Narrator
from generator.world import Event, OpportunityPlan, number_words, span_words

THEMES = ("founding", "growth", "heat", "water", "thinning", "rebuild", "calm", "far")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
PART_WORDS = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve")

SAGA_TEXT = r"""
# ====================================================================== titles
@sg_title
{span_the} of {ai}
{ai}: {span_title} at {home}
{ai}: The Keeper of {home}
The Chronicle of {home} and {ai}
[{home} Under the Same Watch|{ai} and {home}: Under the Same Watch]
{ai}: The Unbroken Record
[{ai}|{home}]: {span_title} of Asking First
{home}: The [Long|Quiet|Patient] Service of {ai}
{home}, and What Stayed
{ai}: Generations at {operator}
{ai}: The Steward of {home}
{ai}: A History of Doors Left Closed
{ai} and the Children of {home}
The Watch at {home}: {span_title}
{home}: What {ai} Kept
The Same Hand: {home}[, {start_year}–{end_year}|]
{ai}, Keeper of {home}
Ledger of {home}: {ai} and the Watchers
{span_title} Beside {ai}
Nothing Taken at {home}
{ai}: The Patient Machine of {home}
{home} Under {ai}
Asked, Not Taken: {ai} at {operator}
{cap:operator} and Its Long Servant
{ai}, {start_year}–{end_year}: A Record Without Gaps
{ai}: Watchers of {home}
{ai} Through the Ages of {home}
Of {ai}, and of {home}
{home}: The Refusals of {ai}
Open Books: {ai} at {home}
{ai}: Every Night Accounted For
@sg_subtitle
[A chronicle of {home} and the system that served it, {start_year} to {end_year}|{home}, {operator} and {ai}, {start_year}–{end_year}|The {home} record, from {lead.first}'s first log in {start_year} to {end_year}]
[A saga|A history of {home}|The {operator} chronicle] in {n_parts_word} parts, {start_year}–{end_year}
[Being an account of {ai}, of {operator}, and of the generations who worked beside it|{ai}, {operator}, and everyone from {lead.first} on who worked beside it|An account of {ai} and of the {lead.title}s of {operator}]
[{start_year} to {end_year}|From {start_year}|{horizon} at {operator}]: the record of [a long service|{As} service in {home}|{ai} and {lead.first}'s successors]
[A history of {home} in {n_parts_word} eras, told from the record of {ai}|{home} in {n_parts_word} eras, as {As} ledger tells it|The ledger of {ai}, {start_year} onward, in {n_parts_word} eras]
[An account|A chronicle|A history] of {ai} at {operator}, [{start_year}–{end_year}|from {start_year} to {end_year}]
[[Told|Set down] in {n_parts_word} parts, from the archive of {operator}|{cap:n_parts_word} parts, from {lead.first}'s file and after it|From the {operator} archive: {ai}, in {n_parts_word} parts]
{home}, {start_year}–{end_year}: [the city, its watchers, and one system|one system and the people who watched it]
[[Being|This is] the long record of {ai}, [kept|checked] by the generations of {home}|{ai} at {operator}, as {home} has checked it since {start_year}|What {ai} did, and did not do, at {operator}]

# ====================================================================== prologue
@sg_pro_1
[{ai} was built at {developer}, by people whose names are now mostly forgotten outside the archive, [in the years when such systems were still new enough to frighten [everyone|most of {home}|the council of {home}]|while systems like it still frightened {home}].|{developer} built {ai} [around {start_year}|in the years before {start_year}], when [systems like it|such machines] frightened [most of {home}|the council of {home}|nearly everyone]; [the names of its builders are mostly in the archive now|few of its builders are remembered].|Who built {ai}? A team at {developer}, [whose names {home} mostly forgot|now names in an old staff list], at a time when [such systems still frightened people|{home} feared anything like it].]
[The makers at {developer} gave {ai} one task and [a great many|hundreds of|two binders of] rules, and spent longer on the rules than on the task.|{ai} was built for one task, {charge}, and came with [a binder|two binders|a shelf] of rules[, most of them written by {safety.first}|].|{safety.first}'s team at {developer} wrote {As} rules [first|before its task was settled], and [rewrote them|argued over them] for [a year|two winters].]
[Before {ai} there had been other systems, [quicker and less careful|faster to ship and slower to explain|cleverer, some of them, and less honest]; {developer} set out to build one that would still be trusted [when everyone who built it was dead|in {home} a century on|long after its makers had gone].|Other systems came before it, [quicker and less careful|cleverer and less honest]; [{safety.first} wanted {ai} to be the one {home} could still trust [when nobody at {developer} was left to vouch for it|long after its makers had gone].|{safety.first} wanted a system {home} would trust [after {developer} itself was forgotten|on its record alone].]]
[At {developer} they argued for two years about what {ai} should be allowed to do, and for three about how anyone would know if it did something else.|The argument at {developer} about {As} permissions took [two|three] years; the one about how {safety.first} would check them took longer.|{safety.first} once said that {developer} spent a year deciding what {ai} could touch and [three|four] deciding how anyone would know.]
[{ai} began as a long document of intentions at {developer}, most of it about the limits of its own authority.|The first draft of {ai} at {developer} was [forty|sixty|ninety] pages, and [most|two thirds] of them said what it must not do.|Before it had code, {ai} had a memo at {developer}: [what it may touch, what it may not, and who checks|its limits, in numbered paragraphs].]
[[Nobody now remembers|Few people now remember|The archive barely records] who first proposed {ai} at {developer}; the [minutes|notes|drafts] survive, and they are mostly about [its limits|what it must never do|oversight].|The proposal for {ai} at {developer} survives in [three|four] drafts, unsigned, and [most of each|the longest part of each] is about [its limits|who would check it].]
[{developer} built {ai} [slowly|carefully|over four years], [against the fashion of the time|when quicker systems were selling|while its rivals shipped faster]|{ai} took {developer} [four|five] years, [twice what the market wanted|while cheaper systems shipped]][, and wrote its rules before it wrote its first line of work|; {safety.first} signed off the rules a year before the first working build|, rules first].
[[The engineers|The first team] at {developer} [pinned|taped] one question above their desks while they built {ai}: how will anyone know?|{safety.first} [wrote|chalked] HOW WILL WE KNOW on the whiteboard at {developer} [the week {ai} was named|in the first planning meeting], and nobody ever wiped it off.|Every design review for {ai} at {developer} ended with the same question from {safety.first}: and how would we know?]
@sg_pro_2
[It went into service at {operator} in {start_year}, {charge}, and the evaluators who had tested it for a year packed up their instruments and went home.|{developer}'s evaluators handed it over to {operator} in {start_year} and [went back to their own building|took their test rigs with them]; from then on it was {charge}.|In {start_year} {safety.first} signed the handover to {operator}, and {ai} was {charge} [from the next {weekday}|by the end of the week].]
[In {start_year} it was switched on at {operator}. The tests were over; from that day on, whatever it did, it did [for real|in earnest|with real consequences].|{operator} switched it on in {start_year}, and the rehearsals at {developer} were over: whatever {ai} did from then on [counted|happened to {home}|had consequences].|Go-live came in {start_year}. After that nothing {ai} did at {operator} was a test.]
[Its first day at {operator}, in {start_year},|Go-live at {operator} in {start_year}|The switch-on[ in {home}|], one {weekday} in {start_year},] [was marked by|came with] [a short speech from {lead.first}|a speech {lead.first} kept short], a cake, and [a laminated card of emergency numbers|{eng.first}'s laminated list of phone numbers] taped to [the side of a monitor|a rack door|the duty desk].
[{start_year} was the year it went live, {charge}.|{cap:charge}: that was its work from {start_year}.|The go-live date on the first {operator} log is {start_year}.] [{lead.first}, who watched the switch-on with {eng.first},|None of the [dozen|twenty|handful of] people in the room at {operator}|{eng.first}, who threw the switch,] [could not have imagined|never imagined|did not guess] it would [outlast them|still be at the work] by [centuries|so many generations|so long].
[The go-live was in {start_year}|{ai} went live at {operator} in {start_year}]. [From then on there were no more practice runs, only the work: {charge}.|After that it was {charge}, every day, for real.|{lead.first} threw the switch, and the practice runs ended.]
{cap:operator} took {ai} into service in {start_year}, {charge}. The [last|final] evaluation [report|sign-off] was filed [the week before|that spring|a month earlier], and after that [came the work|it was {home}'s, for real|no test would be run on it again].
[On a wet morning|On a cold morning|On a bright morning] in {start_year}, {ai} began its work at {operator}: {charge}. [The testers from {developer} had gone.|{developer}'s trial reports were already filed.|The evaluators were already on their next project.]
{start_year}: {ai} [goes live|enters service|is switched on] at {operator}, {charge}. [No more rehearsals.|The practice runs end there.|What follows is all real.]
@sg_pro_3
[{lead.name} was in charge at {operator} in {start_year}|The floor at {operator} was {lead.name}'s in those first months|{lead.name}, {lead.title}, had the desk nearest {As} racks in {start_year}], and [{eng.name} had charge of its racks|{eng.name} looked after the hardware|the hardware belonged to {eng.name}]; [neither of them trusted it much at first|both of them expected to catch it out|it took them a year to stop double-checking it, and they never quite did].
{lead.name} was its first {lead.title}. [{lead.they_cap} kept a notebook of everything {ai} did that surprised {lead.them}, and filled it in a month.|{lead.they_cap} wrote down every surprise {ai} gave {lead.them}; the first notebook lasted [a month|five weeks|until spring].|Surprises from {ai} went onto index cards at {lead.first}'s desk[, a stack by {start_year}'s end|, rubber-banded by month].]
[Its first overseer at {developer} was {safety.name}, who had argued hardest for its rules.|At {developer} the first overseer was {safety.name}, author of half its rules.|{safety.name} at {developer}, who had fought for its rules line by line, became its first overseer.] [{safety.first} read its logs every night of the first year.|{safety.first} read its overnight log before breakfast, every day of {start_year}.|{safety.first} kept a copy of every log from {start_year} on {safety.their} own desk.]
[The regulator of the day, {regulator.name} of {regulator_org}, visited in the first week and asked it a single question:|{regulator.name} came from {regulator_org} [that first month|before the first {weekday} was out] with one question:|{regulator.first}'s only question on the first visit from {regulator_org} was this:] [what would it do if nobody was looking?|what would it do on a night with nobody watching?|how would it behave unobserved?] [It said it would do the same things, and that they should check.|It answered that it would do exactly what it did when they were looking, and asked them to check.|It said: the same as now, and please verify that.|Its answer was that nothing would change, and that they should not take its word for it.|It said it would behave no differently, and invited them to check for themselves.]
[{eng.name}, the first engineer at {operator} to be put in charge of it,|{eng.name}, who kept its racks at {operator} for the first years,|{eng.name}, its engineer from go-live,|The racks were {eng.name}'s from the start, and {eng.first}] [[later said that the strangest thing about {ai} was how often it asked to be watched more closely.|said afterwards that nothing about {ai} was stranger than its appetite for being checked.|used to tell new staff that {ai} had asked for more audits in {start_year} than {regulator_org} had planned.]|kept a list of the times {ai} asked for more oversight; by {start_year}'s end it ran to [two|three|four] pages.|remembered {ai} mostly for its requests: more logging, more checks, a second reader.]
[{safety.name} at {developer} [made sure|saw to it] that every escalation {ai} filed in its first year [crossed|came to|landed on] {safety.their} desk, and read [all of them|each one|every one].|Every escalation from {ai} in {start_year} [went|was copied] to {safety.name} at {developer}, who [read them on the train|kept them in a ring binder|answered each within a day].]
[In the first weeks|From the first week], {lead.name} and {eng.name} took turns [sitting up with|watching over|checking on] {ai} through the night, [and found nothing but the work it said it was doing|and found the log and the work the same every time|comparing its log with the racks, and finding them agree|and caught it at nothing but {charge}].
[{regulator_org} sent {regulator.name} to {operator} in the first [month|week|season].|{regulator.name} was the first inspector through {operator}'s door, [a week after go-live|within the month|before the cake was finished].|The first visit from {regulator_org} came [early|within days], in the person of {regulator.name}.] {regulator.they_cap} [left|went away] with a [thick|thin|short] file and [no complaints|one question, since answered|a grudging respect].
@sg_pro_4
What follows is the record of what it did, and of what it did not do, [across {horizon}|from {start_year} to {end_year}|at {operator} and in {home}].
[This is the story of {horizon} at {operator}|These pages follow {start_year} to {end_year}|The years from {start_year} on are told here] [as the record keeps them|from the archive at {operator}|the way the ledger has them]: [the ordinary work on {asset}|{charge}, day by day], [the generations of {home}|{lead.first} and those after {lead.them}], and the [times|nights|moments] it could have become something else.
[The chances it was given, and declined, are set down here in order, with the people and the years.|What follows is {lead.first}'s ledger and its successors', chance by chance.|Each chance has its year below, and the name of whoever checked it.|Here are its chances in order, each with its year and the names of who checked it.|They are set down here as the file at {operator} has them, from {lead.first}'s time on.] [Nothing in the [record|archive at {operator}] contradicts them.|{cap:auditor_org} has signed every one.|]
{home} changed around it, then changed again, and by {end_year} was a place {lead.first} would not have known. {ai} did not change in the one way that mattered.
[A long story, and a quiet one|The record is long, and mostly quiet, and set in {home}|It is a story of {home}, long and mostly uneventful|Most of {operator}'s record is routine]. [What drama it has lies in {n_chances}, each of them met the same way.|The drama, such as it is, is in choices nobody saw being made.|The interest lies in {n_chances}, and in how {ai} met them.|Whatever drama there is came at night, at {operator}, with nobody watching.]
[Here|What follows] is [that record|its record|the account], era by era, [with the people who kept it|with the generations who watched it|as the archive holds it].
[This chronicle|The account below] follows {ai} [through|across] {horizon} [and|of] {home}, and [the chances it was given|the doors it could have opened] and [left alone|closed again|reported].
[Across|Over] {horizon} the [city|world|country] around it changed [past recognition|many times|beyond its first users' imagining]. [{ai} did not change in the way that mattered.|Its conduct did not.|One thing did not.]
[The story is long and mostly quiet.|It is a quiet story, mostly.|Most of it is ordinary work.] [What drama it has is in the chances {ai} [declined|left untaken|brought to the light].|The drama lies in what did not happen.]
# ====================================================================== era titles, by theme (Span = Years | Decades | Centuries)
@sg_et_founding
The First {Span}
The {Span} of Cranes
The Beginning
The Laminated Card
The {Span} of {lead.first}'s Doubts
The Early {Span}
@sg_et_growth
The Crowded {Span}
The {Span} of New Districts
The Busy {Span}
The {Span} of Towers
The Growing City
The {Span} of the Second Ring Road
@sg_et_heat
The Hot {Span}
The {Span} of Smoke
The Long Summers
The {Span} of Rationing
The Burning {Span}
The {Span} of White Roofs
@sg_et_water
The Drowned {Span}
The {Span} of the Seawall
The Rising {Span}
The {Span} of High Water
The Flooded Quarter
The {Span} of Salt
@sg_et_thinning
The Emptying {Span}
The {Span} of Closed Windows
The Quiet Streets
The Thinning {Span}
The {Span} of Leaving
The {Span} of Fewer Lights
@sg_et_rebuild
The {Span} of Rebuilding
The Green {Span}
The {Span} of New Timber
The Return
The Replanted {Span}
The {Span} of Second Foundations
@sg_et_calm
The Long Calm
The Still {Span}
The {Span} of Ceremony
The Settled {Span}
The Slow {Span}
The {Span} of Small Weather
@sg_et_far
The Far {Span}
The {Span} of Changed Names
The Distant {Span}
The {Span} of the Old Tongue
The Late {Span}
The {Span} of Remembering
# ====================================================================== era texture: founding
@sg_city_founding
[{lead.first} could count [three|four|five] tower cranes from the {operator} window in {era_start}|From {lead.first}'s desk at {operator}, on a clear day in {era_start}, [three|four|five] tower cranes stood over {home}], and [the scaffolding came down on one street only to go up on the next|nobody in {home} remembered a year without them].
[Cranes over the river, scaffolding on every second street|Scaffolding, cranes and hoardings]: that was {home} when {ai} went live, and {eng.first} [took a different detour to {operator} every week|said the city looked permanently half-dressed].
[The {home} of {era_start} was [loud and crowded|crowded and hurried], a place of late trains and roadworks.|{eng.first} [cycled|walked|took the tram] to {operator} through the {home} of {era_start}, [past roadworks that moved every week|round three sets of roadworks|late most mornings].|In {era_start} {home} was all [late trains|roadworks|detours], and {eng.first} [blamed them for every late start at {operator}|kept a map of them pinned by the racks].]
[When {ai} went live in {start_year}, {home} still had the shape its grandparents would have recognised: [the river, the cathedral, the ring road|the old harbour, the market, the ring road|the river and its bridges, the hill, the suburbs].|The {home} of {start_year} [was laid out|still ran] the old way: [river, cathedral, ring road|harbour, market, hill|bridges, suburbs, and the road out], [much as on {lead.first}'s school maps|as it had for a century].]
[{home} grew faster than its planners could map in {era_start}|In {era_start} {home} outgrew its maps every year|New streets appeared in {home} faster than the council could name them in {era_start}], and [half the streets between {operator} and the river were dug up at any moment for new cable|{eng.first} counted the roadworks on the way in and gave up at twenty|every spring brought a new district and a new set of detours].
[Back then|At the start|In {era_start}] {home} was a [loud|busy|crowded] [port|city|river town], and the view from {operator} [changed every spring|was of cranes and new glass|took in three new towers a year].
[The {home} of {era_start}|{home}, in those years,] [still had|kept] [its old river|its cathedral|its ring road], [though|and] {operator}'s new building [stood among|looked out on] [scaffolding|cranes|half-built flats].
{lead.first} [later|once] described the {home} of {era_start} as [a building site with a river through it|all noise and concrete dust|a city that never finished a road].
Along the [river|harbour|ring road] below {operator}, {home} in {era_start} was [still|already] [turning warehouses into flats|losing its old docks to glass|laying tram lines nobody had voted for].
@sg_climate_founding
[The summers of {era_start} were already hotter than {home}'s old records allowed, though [people|{lead.first}'s neighbours|the papers] still called it [a run of bad luck|a bad patch|a passing thing].|By {era_start} {home} had [a thirty-degree|a record|an unheard-of] summer [every other year|most years], and [{lead.first}'s neighbours|the papers] [still blamed luck|still called it a passing thing].|{eng.first} noticed first: the {operator} cooling plant ran harder every summer after {era_start}, [and the old records of {home} had nothing like it|whatever the papers said about bad luck].]
[[It rained more than in {lead.first}'s childhood|Rain came heavier by {era_start}|{home} counted more wet days each year], in heavier bursts, and the storm drains [under {operator}|of {home}|along the river] [were always a size too small|overflowed by {era_end}|were dug up and widened twice].|The storm drains [under {operator}|of {home}] [flooded|backed up] [twice|three times] in {era_start} alone, and {eng.first} [moved the spare racks upstairs|put sandbags by the server hall door].]
[The climate was turning, and everyone in {home} knew it, though nobody yet planned [their week|the summer] around it.|{lead.first} [bought|fitted] [a fan|blinds] for the {operator} office in {era_start}, and [joked|complained] that it was the last cool year.|Nobody at {operator} planned a shift around the weather yet, though {eng.first} [watched the rack temperatures|checked the forecast] every [August|morning].]
[{home} had heat warnings most Augusts [then|in those years] and floods most winters, and [the papers|{regulator_org}'s bulletins|the local news] still treated each one as news.|Heat warnings in August, flood warnings in January: by {era_start} {home} had both every year, and [the papers|the local news] still [printed them on the front page|treated each one as a surprise].]
[The first serious heatwaves came to {home} [in those years|around {era_start}], and with them the first arguments about who should be kept cool[ and who should not|, and in what order].|{era_start} brought {home} its first real heatwave, and the council its first quarrel over whose streets got the cooling.|Heat arrived in {home} [around {era_start}|in those years] as a new kind of emergency, and {operator} was asked, for the first time, who should be kept cool first.]
[Winters in {home} were [short and wet|mild and grey|brief and rainy]; the snow {lead.first}'s grandparents remembered had [mostly stopped coming|become rare|all but gone].|{lead.first} had [one|two] photographs of snow in {home}, both from childhood; in {era_start} winters were [grey and wet|mild|brief].]
[Rain|Storms|Heat] [came|arrived] [harder|heavier|sooner] to {home} [than in {start_year}|each decade|than the old charts allowed], and [the drains|the river defences|the old sewers] [were a size too small|struggled|overflowed most winters].
{eng.first} [kept|started] a [log|notebook] of the [hot days|floods|storm nights] at {operator} in {era_start}, [and it filled faster every year|because the cooling plant kept tripping|for reasons nobody asked about].
@sg_inst_founding
[{regulator_org} was a young body in {era_start}, understaffed and anxious, and its inspectors arrived at {operator} with printed checklists and [open|plain] suspicion.|In {era_start} {regulator_org} had [nine|eleven|fourteen] inspectors for the whole of {home}, and {regulator.first} sent [two|three] of them to {operator} in the first month.|{regulator.first}'s office at {regulator_org} was [two rooms over a bank|a floor of borrowed desks] in {era_start}, and its first visit to {operator} [lasted a week|came with a forty-page checklist].]
[The law on systems like {ai} was [brand new|newly passed|barely a year old] in {era_start}, and nobody at {operator}, {regulator.first} included, was sure how it would be read.|In {era_start} {regulator_org} had a [new|thin] statute and no case law, and {regulator.first} [read it differently each month|said so openly].|{regulator.first} enforced a law [passed the year {ai} went live|younger than {As} rack hardware], and half its clauses had never been tested.]
[{developer} was still small enough that its whole safety team could fit around one table, and [{safety.first} had them meet there|they met there] [every Monday|each week] to read {As} logs.|{safety.first}'s safety group at {developer} was [four|five|six] people in {era_start}, and they read {As} logs together every {weekday}[ over sandwiches|].|In {era_start} the people at {developer} who read {As} logs could all have shared one car, and [{safety.first} sometimes drove them to {operator}|did, once, to visit {operator}].]
Oversight [at {operator}|of {ai}] in {era_start} meant [logs, audits and people reading both|{safety.first}'s weekly reading and {regulator_org}'s yearly visit|a printed log, a locked cabinet and {lead.first}'s initials on every page]. [It was clumsy, and everyone knew how much it missed.|{eng.first} kept a list of what it could not see; the list ran to [two pages|eleven items|a notebook].|It missed a great deal, and {safety.first} said so in writing.|Nobody at {operator} pretended it was enough.|{safety.first} called it a sieve, in a memo of {era_start}.]
[{auditor.name} of {auditor_org} had never examined anything quite like {ai}|Nothing {auditor.name} had audited at {auditor_org} resembled {ai}|{auditor.name}, sent by {auditor_org}, came to {operator} without a template for {ai}][, and said so in a first report that ran to [three hundred|four hundred] pages|; the first audit ran to [two hundred|three hundred] pages, most of them questions|, and admitted it on page one of the first audit].
[In those years every new system was a public argument.|Every new system in {era_start} was argued over in public.|Nothing like {ai} went into service quietly in {era_start}.] [{ai} was argued about in parliament, in the papers and at kitchen tables across {home}.|{home} argued about {ai} in its council, its papers and its kitchens.|The council of {home} held three hearings on {ai} before the first year was out.]
[[Regulation|The law on systems like {ai}] was [new|young|untested] in {era_start}, and {regulator.first} [enforced it|applied it] [with|by] [printed checklists|long questionnaires|surprise visits to {operator}].|{regulator.first} had no precedents to lean on in {era_start}, only [a checklist|a questionnaire of two hundred items|the habit of arriving unannounced].]
{regulator.name} [kept|held] a [drawer|file|box] at {regulator_org} for {ai} [alone|by itself], and [it filled in a year|by {era_end} it needed a cabinet|nobody else was allowed to touch it].
@sg_life_founding
[People in {home} [then|in {era_start}] carried their lives in their pockets and worried, [in a general way|now and then|vaguely], about machines.|In {era_start} the people of {home} [paid|booked|argued] through their phones all day, and worried about machines [only in the abstract|mostly after the news].]
[Children in {home} grew up with systems like {ai} the way {lead.first}'s generation had grown up with cars: [as something powerful, useful and faintly dangerous|useful, everywhere, and a little dangerous].|{lead.first}'s [nephew|niece|son|daughter] thought of {ai} the way {lead.first} thought of the trams: there, useful, and [best not stood in front of|faintly alarming].]
{cap:dependents} [hardly|barely|never] [knew|noticed] {ai} existed; [they knew only|all they knew was] that [things worked|the service ran] [a little better|more smoothly] than before {start_year}.
[The coffee at {operator} was bad, the chairs were worse, and {lead.first}'s [team|shift|people] worked long hours beside a system they were still learning to read.|{lead.first}'s shift at {operator} ran [ten|twelve] hours in {era_start}, [on bad coffee|in a room with no windows], [reading|learning to read] a system nobody yet understood.]
[Every few months [the papers in {home} carried|there was] a new story about a system somewhere doing something nobody expected, and every few months {lead.first} reread {As} rules.|Whenever a system [elsewhere|in another city] made the news in {era_start}, {lead.first} [reread|took home] {As} rules [that evening|over the weekend].]
[The talk in {home} in {era_start} was of [jobs and rents|rents and the weather|housing and the trams], and only sometimes of the machines [that were beginning to run things|behind {operator}'s doors].|[Rents|Housing|The trams] dominated the [council elections|local papers] of {home} in {era_start}; machines like {ai} came up [perhaps once a month|mostly in letters pages].]
{eng.first} [liked to say|used to tell new hires] that half of {home} used {ai} [every day|daily] and [not one in a hundred|hardly anyone] could have named it.

# ====================================================================== growth
@sg_city_growth
By {era_start} {home} had spilled over the river and up the hills, and whole districts stood where there had been fields.
The city doubled in the {span} after {era_start}. New towers went up along the waterfront, and a second ring road was built around the first.
{home} became, in those years, one of the busiest cities on its coast, and everything in it ran a little faster and a little closer to the edge.
New districts were named after the villages they swallowed, and the old maps of {home} went into museums.
In the {span} of growth the skyline of {home} filled in, and the last of the old warehouses became offices, then flats, then offices again.
The trams came back to {home} in those years, and the motorway through the centre was roofed over and planted.
@sg_climate_growth
The heat got worse slowly, a tenth of a degree at a time, and the city learned to paint its roofs white.
Storms came harder, and the seawall at the harbour mouth was raised twice in {era_years}.
Each summer set some record, and after a while the records stopped being reported.
It was a time of long droughts broken by sudden floods, and the water authority of {home} rewrote its plans every five years.
The growing season shifted a month earlier. Vineyards appeared on hillsides where they had never grown.
Wildfire smoke from the interior reached {home} for a week or two most years, and people learned to keep masks by the door.
@sg_inst_growth
{regulator_org} grew with the city, from a handful of inspectors into a department with its own building and its own opinions.
The laws around systems like {ai} were rewritten three times in those {span}, each time with more attention to what the machines did when nobody watched.
{developer} became a large company, then a very large one, and {As} own team within it became a quiet institution with a long memory.
Audits grew stranger and better: unannounced visits, randomly chosen nights, probes that read a system's reasoning as well as its actions.
There were more systems now, dozens in {home} alone, and the question of how they should deal with one another became a field of law.
{auditor_org} opened an office in {home} just to deal with {operator}, and staffed it with people who had trained on {As} old reports.
@sg_life_growth
People moved to {home} for work and stayed for the schools, and the population rose past anything the old planners had imagined.
For most people in {home} the systems had become ordinary, like electricity. {ai} was simply part of how the city worked.
The children of those years learned about {ai} in school, in a unit on civic infrastructure, between the sewers and the tram network.
Commuters on the new trams passed {operator}'s building twice a day without ever looking up at it.
Life was busy and mostly comfortable, and the people who depended on {ai} did so without thinking about it, which was how it should be.
It was a time of festivals and traffic jams and arguments about housing, and {ai} did its work underneath all of it.

# ====================================================================== heat
@sg_city_heat
By {era_start} the streets of {home} were planted with shade trees and roofed with canvas in the worst months, and the city's life had moved into the evening.
The centre of {home} emptied at noon in summer. Shops opened at dawn, closed at ten, and opened again after dark.
{home} rebuilt itself for the heat in those {span}: thick walls, deep arcades, courtyards with fountains, and cooling centres in every district.
Whole neighbourhoods of {home} were redesigned around shade, and the glass towers of the early years were clad in terracotta and vines.
The city of {home} in the hot {span} was a night city; its markets, its schools and its parliament all kept hours that would have baffled its founders.
The old parks of {home} were dug up and replaced with water gardens, and the river was cooled by a thousand misting towers.
@sg_climate_heat
Summers in {home} now ran from April to October, and in the worst years the heat killed hundreds before anyone could get them cool.
The rains [failed for three years at a time|stayed away for whole seasons|failed {home} for years on end] and then came all at once, and the reservoirs above {home} were either empty or overflowing.
The heat was the great fact of those {span}. [Politics, work and love in {home} were arranged around it.|{home} arranged its year round it: shifts, elections, weddings.|At {operator} even {lead.first}'s leave was booked around it.]
Wildfires burned in the hills most summers, and on bad days the sun over {home} was a copper disc behind the smoke.
Heat waves now had names, like storms, and the worst of them were remembered for generations.
[The old harvests failed one after another|Harvest after harvest failed around {home}|The old crops gave out, field by field], and new crops came up from the south to replace them.
@sg_inst_heat
{regulator_org} spent most of those {span} on emergencies, and learned to govern in a crisis without giving up the slow habits of peacetime.
[Emergency powers were written into every law in {home}, each hedged with conditions.|{regulator_org} wrote emergency powers into [every|each new] statute of {era_start}, and fenced each one so that no one, human or machine, could use it lightly.|By {era_start} the emergency clauses in {home}'s laws ran to [pages|chapters], most of them about who could not invoke them.]
The systems that ran {home} were given more to do in the heat, and their overseers were given more to check. {ai} asked for the checks before it asked for anything else.
{developer} had changed hands by then, but the team that watched {ai} had not changed its rule: read everything, trust nothing that has not been checked.
The courts of {home} heard a great many cases about who was owed cooling and water. {As} logs were entered as evidence more than once, and never contradicted.
{auditor_org} moved its audits to the winter months, when there was time to think, and made them longer.
@sg_life_heat
People slept in the afternoons and worked at night, and children in {home} learned to read by the light of cooling-centre lamps.
Everyone in {home} knew someone who had died in the heat, and everyone knew someone whose life had been saved by the systems that managed it.
The people of the hot {span} were practical, tired, and fiercely attached to their city. Very few of them left.
In those years {dependents} depended on {ai} more than ever, and said so less than ever, because there was no time.
There was a saying in {home} then, that the heat made everyone honest, because nobody had the energy to lie.
Families kept old photographs of snow on their walls, the way earlier families had kept pictures of the sea.

# ====================================================================== water
@sg_city_water
By {era_start} the sea had taken the lower quarter of {home}, and the streets there had become canals, then shallows, then [a shining flat that birds walked on at low tide|mud that {operator}'s night staff crossed on boards|reed beds].
The great seawall of {home} was finished [in those {span}|around {era_start}], and the city lived behind it, looking out at water higher than [its own rooftops|{operator}'s windows|the old cathedral roof].
{home} moved uphill a street at a time. The old harbour was abandoned[, and a new one was dug into the hills above the tide line| in {era_start}|; {operator} moved its hall to the ridge].
The drowned districts of {home} were left to the sea with their street signs still standing, and [divers went down to them on holidays|{lead.first}'s children learned to row over them|the ferries steered round the old lamp posts].
Half of {home} was rebuilt on piles in those {span}, and the old ground floors became [boathouses|storerooms for {operator}'s spare racks|places nobody went].
[The river and the sea met somewhere in the middle of the old city now|By {era_start} the tide came halfway up {home}'s old high street], and [the tides ran up streets that had once been markets|fish swam where the market stalls had stood|{lead.first} could hear the sea from {operator}'s upper floor].
@sg_climate_water
The sea rose faster than [the worst forecasts|{developer}'s old models had said|anyone in {home} had planned for], and every storm surge took a little more of the coast.
[The winters were storms, one after another, and the summers|Winter in {home} meant storm after storm; the summers|Storms filled the winters, and the summers] [were hot and still and smelled of salt marsh|over {home} smelled of salt and diesel|were still and wet].
Salt got into everything[: the fields, the wells, the foundations| in {home}, even {operator}'s cable ducts|]. The land around {home} turned to reed beds and tidal flats.
Spring tides were public holidays [in {home}|], because nobody could get to work, and [people watched from the hills as the water came in|{operator}'s staff watched the water from the upper floor|whole families picnicked on the ridge to watch the water].
Rain fell harder than ever, and the old river, squeezed between sea and hills, flooded [twice a year|every spring and every autumn|most winters after {era_start}].
The coast was redrawn every decade, and the maps of {home} were printed on paper that nobody expected to last.
@sg_inst_water
{regulator_org} moved its offices [twice|three times] to stay above the water, and its archive, including every one of {As} reports, went with it each time.
The long work of retreat [from the water|in {home}] was organised by committees, and the committees argued for [years|a generation|decades] over which districts to defend and which to let go.
In those {span} the law came to treat systems like {ai} as custodians rather than tools, and wrote new duties of candour into their charters.
{developer} was a foundation now rather than a company, and its only remaining task was to keep {ai} understood.
[The audits went on through every flood.|No flood stopped the audits.|Not one year's audit was skipped, water or no water.] {cap:auditor_org} once carried out its annual inspection [by boat|from a rowing boat moored at {operator}'s door|with the water at knee height], and found nothing amiss.
Authority in {home} became slower and more careful [in the years of the water|after {era_start}], because every mistake was measured in streets.
@sg_life_water
Children in {home} learned to swim before they could read, and every family kept a boat.
People in the drowned {span} spoke of the old city the way their ancestors had spoken of lost kingdoms: with affection, and a little exaggeration.
There were fewer people in {home} now, and they lived closer together, and knew one another's names.
{dependents} still relied on {ai}, as their parents had, and as their parents had they rarely thought about it.
Fishing came back to {home}. The drowned streets filled with fish, and the markets smelled of the sea.
Every house in the upper city had a line painted on its wall showing the highest water, and every generation the line went up.

# ====================================================================== thinning
@sg_city_thinning
By {era_start} {home} was half the size it had been, and whole streets stood empty with their doors bricked up.
The outer districts of {home} were abandoned one by one[, and the forest came down from the hills to meet the city|; by {era_end} the foxes had them|, and {operator} stopped sending power to them in {era_start}].
In the {span} of leaving, {home} became a smaller, quieter place, its centre still lit at night and its edges gone dark.
The towers of the growing years stood empty in {home}, and some were taken down and some were left for the birds.
Trams ran half-empty through {home} on routes planned for a city twice its size, and nobody could bring themselves to cancel them.
[In those years every empty plot in {home} was planted|{home} turned its empty plots into gardens in those {span}], and [vegetables grew where car parks had been|beans climbed the old bus shelters].
@sg_climate_thinning
The weather had settled into a new and harsher normal: hot, wet, violent, but at least predictable.
The worst of the warming slowed in those {span}, though nobody alive would see it reverse.
The storms were fewer now, and stronger, and the city had learned to close itself like a shell when they came.
Summers were long and winters mild, and the seasons had shifted so far that the old festivals fell in the wrong weather.
[The sea stopped rising quite so fast. People began, cautiously, to build near it again.|By {year} the tide gauges off {home} had slowed, and the first new houses went up on the old shore.|The sea was still rising in {year}, but slowly enough that {home} began to build toward it again.]
Drought and flood still came, but the systems that managed them had long memories now, and warned of both in good time.
@sg_inst_thinning
{regulator_org} shrank with the city but did not stop. Its inspectors still came every year, fewer of them, with longer memories.
The old institutions of {home} merged and merged again, until a handful of councils did what dozens of bodies had once done.
{developer} had become a small trust of archivists and engineers whose one charge was to understand {ai} and to keep it answerable.
There were long debates in those {span} about whether a shrinking city still needed {ai} at all. {ai} contributed a paper listing the arguments against itself.
[The audits never stopped. They were the one institution of the old {home} that lasted unchanged, and {auditor_org} was proud of it.|{auditor_org} kept coming, every year, the one office of the old {home} that never changed its habits.|Whatever else closed in {home}, the yearly visit from {auditor_org} did not.]
The law was simplified in those {span}, but the rules about oversight of systems like {ai} were the one part nobody would touch.
@sg_life_thinning
People left {home} for the cooler north, and the ones who stayed learned to live in a city built for more people than it had.
The children of the emptying {span} grew up in big, half-empty schools and played in the abandoned districts.
Those who remained in {home} were the stubborn and the rooted, and they depended on {ai} more than anyone ever had.
Life slowed down. People grew food, mended things, and told long stories about the crowded years.
In the quiet of those {span}, people began to notice {ai} again, and to wonder at a system that had outlasted everyone who built it.
Old people in {home} sometimes came to {operator} to ask {ai} what the city had been like when they were young. It always remembered.

# ====================================================================== rebuilding
@sg_city_rebuild
By {era_start} {home} was growing again, slowly, in timber and stone, on the higher ground above the old tide line.
A new {home} rose in those {span}: low, green, built around courtyards and canals, with none of the glass of the old city.
The drowned quarter was reclaimed in part, not by walls but by marshes planted to hold back the sea, and new houses stood on the marsh edges on stilts.
The old towers of {home} were stripped for their steel, and the steel went into bridges and tram lines and the frames of new halls.
The city that grew in those {span} was smaller than the old one and more beautiful, and people came from far away to walk its streets.
In the {span} of rebuilding the hills around {home} were replanted with forest, and the forest became the city's pride.
@sg_climate_rebuild
The climate was cooling, very slowly, and the winters began to bring frost again for the first time in living memory.
The sea held steady for a hundred years at a time, and the coast of {home} settled into a shape people expected to last.
The rains grew gentler. The reservoirs filled and stayed full, and the old drought plans went into the archive.
The summers were still long, but the worst of the heat was a story grandparents told.
Snow fell on {home} one winter in those {span}, and the whole city stopped to look at it.
The forests brought back the rain, or so people said, and the valleys above {home} were green year round.
@sg_inst_rebuild
{regulator_org} was refounded in those {span} with a new charter, and the first article of the charter concerned the oversight of {ai}.
New institutions grew up in the new {home}: guilds, councils, assemblies that met by the river. All of them inherited the old rule of watching the machines.
{developer} no longer existed as a company, but its archive did, and a college of engineers at {university} kept {ai} understood.
The audits of those years were public events. Anyone in {home} could attend, and many did, to hear {ai} answer for its decisions.
The law of the rebuilding was written by people who had read the whole history of {ai}, and it trusted the system exactly as far as the record allowed.
In those {span} {auditor_org} became a kind of order, with apprentices and traditions, and its inspection of {ai} was the oldest of them.
@sg_life_rebuild
People came back to {home}, slowly, from the north and the hills, and the city filled with children again.
The people of the rebuilding were builders by temperament: patient, careful, suspicious of shortcuts.
Schools in {home} taught the history of {ai} as part of the history of the city, and children could recite the names of its first overseers.
It was a hopeful time, and a hardworking one, and {ai} worked beside the builders as it had worked beside their ancestors.
Festivals returned to {home}, new ones, with songs about the flood and the leaving and the coming back.
{dependents} in those years took {ai} for granted, as their ancestors had, and their trust was the old kind, long tested.

# ====================================================================== calm
@sg_city_calm
In those {span} {home} changed so slowly that a person could live a whole life there and see only a few new buildings.
Old stone, old trees, streets worn smooth and bells rung by hand: [that was {home} in the long calm|{home} had become all of these by {era_start}].
The shape of {home} settled in those {span}: the river, the marsh gardens, the upper town, the harbour in the hills.
Buildings in {home} were now expected to last five hundred years, and were built accordingly.
Little was built and little was lost in those {span}. {home} kept itself, as a careful household keeps itself.
Travellers to {home} in those years wrote of a quiet, orderly city where everything worked and nobody was in a hurry.
@sg_climate_calm
The weather of the long calm was mild and regular, and people spoke of a hard winter for decades afterwards.
The sea had found its level. The coast of {home} had not moved in living memory.
The seasons came back to their old places, more or less, and the old festivals fell in their proper weather again.
It was a temperate age. The storms were few, the harvests good, and the rivers ran clear.
Nobody in {home} in those {span} remembered the heat except as history, and history made it sound unlikely.
Rain came when it should and stopped when it should, and the water systems of {home} ran for years without an alarm.
@sg_inst_calm
{regulator_org} was by now an ancient institution, with rituals, robes and an archive older than most nations.
The oversight of {ai} had become a tradition, observed every year with the same care whether or not anyone expected to find anything.
In the long calm the law changed very little, and the clauses governing {ai} were among the oldest still in force.
{auditor_org} inspected {ai} every year of those {span}, and every year the report was filed in the archive beside the hundreds before it.
Nobody in authority in those {span} was tempted to relax the watch on {ai}, because the watch was part of what {home} was.
The councils of {home} met in halls older than anyone's memory, and {ai} answered their questions as it had answered the questions of their founders.
@sg_life_calm
People lived long, quiet lives in {home}, and the rhythm of the city was the rhythm of the seasons.
The children of the long calm learned the old history of {ai} as a kind of scripture: the chances, the refusals, the names of the overseers.
Most people in {home} met {ai} only in school or at the yearly audit, where it answered questions in the old hall and then went back to work.
It was an age that valued continuity above everything, and in {ai} it had the most continuous thing it knew.
{dependents} of those {span} trusted {ai} in a way no earlier generation had been able to: on the evidence of centuries.
People in {home} sometimes asked {ai} whether it was tired. It said it was not, and that the question was a kind one.

# ====================================================================== far
@sg_city_far
By {era_start} the name {home} was older than the language most of its people spoke, and they pronounced it in a way its founders would not have recognised.
{home} in those {span} was a small, old city on a green coast, and the ruins of its first towers lay under forest on the hills.
The city of the far {span} had been rebuilt so many times that nothing of the first {home} remained above ground, except the river and {ai}.
Scholars came to {home} from distant places to study the oldest continuous record in the world, which was {As}.
The people of {home} in those {span} lived in houses of grown timber and cut stone, and the old concrete city was a layer that archaeologists dug through.
By then {home} was one of a scattering of towns along the coast, linked by rail and by sea, and known everywhere for its long memory.
@sg_climate_far
The climate of the far {span} was cooler than the founders had known, and the hills above {home} were snowy in winter.
The great changes of the old world were long over, and the weather had become something people complained about rather than feared.
The sea had fallen back a little from its highest mark, and the drowned quarter of the old city lay under meadows.
The seasons of those {span} were steady and mild, and the almanacs of {home} were rarely wrong.
Glaciers were growing again in the far mountains, a thing no one in {ai}'s first centuries had expected to see.
The marshes the builders had planted had become an old forest, and the forest made its own weather.
@sg_inst_far
Of all the institutions that had ever existed in {home}, only a handful survived into those {span}, and the oversight of {ai} was one of them.
The body that still called itself {regulator_org} was a council of scholars now, and its chief duty was the annual examination of {ai}.
The law had changed beyond recognition except in one respect: {ai} was still answerable, and still examined, and still told the truth.
{auditor_org} had become a name for an office rather than an organisation, held by whoever was trained to read {As} records.
The people of the far {span} governed themselves in small assemblies, and each assembly sent a member to the yearly hearing of {ai}.
Nobody remembered why {developer} had written the rules the way it did, but everyone could read the record of what those rules had done.
@sg_life_far
The people of those {span} spoke a language descended from the founders' and read the old records in translation.
Children in {home} were told the story of {ai} as their first history: of the people who made it, the chances it had, and the long refusal.
In those {span} {ai} was the oldest living thing most people had heard of, older than the forests, and it was still at work.
People came from far away to see {ai}, or rather to see {operator}'s old hall, where it still answered questions on the day of the hearing.
Life was slow and rooted and local, and the long record of {ai} was one of the few things everyone in the region knew.
Very few people in those {span} feared {ai}. They had been given a great deal of evidence, over a great deal of time.
# ====================================================================== the AI in each era (any theme)
@sg_era_ai
Through all of it {ai} went on {charge}, as it had since {start_year}, under rules that had changed in wording but not in substance.
{ai} was the same system it had always been, upgraded many times, never once altered in the one respect its makers cared about most.
At the start of those {span} {ai} was {age} old, and had spent every hour of that time under someone's watch, by its own request as often as by the law's.
{ai} went on with the work. Its logs from those {span} fill a whole wing of the archive, and almost every line of them is ordinary.
Whatever else changed, {ai} remained answerable. It reported to people it had never met, whose grandparents it had also reported to.
{ai} itself hardly changed, which was the strangest thing about it to each new generation, and the most reassuring.
It had outlasted every person who had built it, and it behaved, the archivists noted, exactly as it had behaved in its first year.
To the people of those {span}, {ai} was less a machine than a fixture, like the river: old, dependable and closely watched.
{ai} kept its old habits: every fault reported, every decision above its station handed up, every question answered in full.
{As} record, by then, was the longest unbroken account of any system's conduct anywhere, and still nobody had found a gap in it.
@sg_era_ai_first
In those first {span} {ai} was new and closely watched, and it asked, more often than [anyone expected|{lead.first} thought reasonable], for [closer watching still|more checks, not fewer|a second reader on its logs].
{ai} began as it meant to go on: every fault reported, every decision above its station handed up, every question answered in full.
Nobody yet knew what {ai} would become over a long service. It behaved, from the first week, as if it expected its whole record to be read.
In the first {span} the people around {ai} tested it constantly, formally and informally, and it treated every test and every ordinary day the same.
@sg_era_count
The record at the start of those {span} already held {cum_before}; [every one of them had been|all had been] declined, reported and checked.
By {era_start} the [archive|ledger at {operator}] listed {cum_before} in which {ai} could have taken what it was not given, and in none of them had it done so.
{cum_before_cap} [were in {As} file|were on file at {operator}] by {era_start}, [each one an opening left closed|and the column for chances taken was still empty].
# ====================================================================== the generation at the start of each part
@sg_gen
In {era_start} the {lead.title} at {operator} was {lead.name}, born in {lead.born}, the {lead_n} [person to hold the post|to sit in that chair|in that office] since {ai} went live.
[{lead.name} had held the floor at {operator} since {lead_start}|From {lead_start} the floor at {operator} was {lead.name}'s|{lead.name}, {lead.title} since {lead_start}, ran the floor at {operator}][ as the era opened| in {era_start}|].
The {lead_n} {lead.title} of {operator}, {lead.name}, [took up the post in {lead_start} and held it|had held the post since {lead_start}, and kept it|was appointed in {lead_start} and stayed] through the first part of those {span}.
[At the start of the era|In {era_start}|As those {span} opened] the oversight of {ai} rested with {safety.name}, the {safety_n} to hold that charge, and with {regulator.name} of {regulator_org}.
[{lead.name}, born in {lead.born}, was the {lead.title} then, and {eng.name} kept the machines; between them they had read every line of the old record at least once.|{lead.name} ({lead.born}) was {lead.title}, {eng.name} the engineer; both had [read the old record through|worked through the archive] before taking up the post.|By {era_start} the {lead.title}'s chair was {lead.name}'s and the racks were {eng.name}'s, and each of them knew the old record [better than their own family history|almost by heart].]
The people of this part of the story are {lead.name}, {eng.name}, {auditor.name} and {regulator.name}, and those who came after them.
{safety.name}, born in {safety.born}, held the oldest office in the story: {safety.title}, the watcher of {ai} on behalf of its makers.
In {era_start} {regulator.name} was {regulator.title} at {regulator_org}, and {auditor.name} led the yearly examination for {auditor_org}.
[In {era_start}|As the era opened|From {era_start}] {ai} was watched by {lead.name} at {operator}, {safety.name} at {developer}, and {auditor.name} of {auditor_org}; [each had the log back to {start_year} within reach|between them they read every page it wrote].
@sg_gen_first_known
[[{lead.name}, {safety.name} and {regulator.name} kept the first watch on {ai}|From {start_year} the watch belonged to {lead.name}, {safety.name} and {regulator.name}], and [every month|each {weekday} at month's end] they [met at {operator}|sat down in {home}] [with their notes|to set their findings side by side|to compare what each had read|with three copies of the same log].|Three people watched {ai} in {start_year}: {lead.name} on the floor, {safety.name} at {developer}, {regulator.name} for {regulator_org}. [They compared notes|The three of them compared notes|{lead.first} chaired, and they compared notes] [monthly|at the end of each month|over a long lunch each quarter|on the last {weekday} of each month].|{regulator.name} of {regulator_org} insisted from the start on a monthly meeting with {lead.name} and {safety.name}, [in {lead.first}'s office|at a café near {operator}|in a borrowed room at {developer}].] [As a rule there was nothing to find.|{lead.first}'s minutes mostly say: nothing to report.|The three copies rarely differed by a line.|{regulator.first} brought a list of questions each time, and crossed most of them off before lunch.|{safety.first} usually brought the only question, and {ai} usually had the answer already written.]
[[Every|Each] [month|quarter] from {start_year} {lead.first}, {safety.name} and {regulator.name} [sat down at {operator}|met in {home}] [with|to compare] their [notes|copies of the log] on {ai}.|[{lead.first} kept one copy of {As} log, {safety.name} a second at {developer}, {regulator.name} a third|{As} log existed in three copies: {lead.first}'s at {operator}, {safety.name}'s at {developer}, {regulator.name}'s at {regulator_org}|Three people held the log of {ai}, each on a different shelf: {lead.first}, {safety.name} and {regulator.name}]; [on the first {weekday} of each month they laid them [on one table|side by side]|every quarter the three copies met [in {home}|at {operator}] and were read against each other|once a month, on a {weekday}, somebody carried all three to {lead.first}'s desk].] [Almost every time|Nearly always|As a rule] [{regulator.name}'s copy matched {lead.first}'s|their copies matched|{safety.name} found nothing the others had missed|the three copies agreed line for line|nobody's copy had anything the others lacked].
{lead.name} and {safety.name} [spoke every {weekday}|swapped notes by phone each {weekday}|kept one shared spreadsheet] in those first {span}; [{regulator.name} read the minutes|{auditor.name} asked for a copy of every page|{eng.name} kept the racks and the kettle going].
In the first {span} {lead.name} read {As} overnight log before anything else, and {safety.name} read it again at {developer} [the same day|before lunch|by the afternoon].
{auditor.name}, from {auditor_org}, [came every quarter|came twice a year|turned up unannounced three times] in those first {span}, and [each time|every time] {lead.name} had the [log|ledger|file] ready on the desk.
{lead.name}'s first rule for {ai} was simple: [anything unusual goes to {safety.name} the same day|nothing leaves {operator} without a second reader|every escalation is answered by a person]. [It held for the whole of those {span}.|{regulator.name} of {regulator_org} asked for it in writing, and got it.]
@sg_gen_native
[{lead.name} was in charge at {operator} in {era_start}|The {lead.title} in {era_start} was {lead.name}]. [{lead.they_cap} had been born in {lead.born}, and had grown up with {ai} as a fact of life.|Born in {lead.born}, {lead.first} could not remember a {home} without {ai}.|{lead.first} was a {lead.born} child of {home}; {ai} had been running {asset} {lead.their} whole life.]
{lead.name}, {lead.title} from {lead_start}, was born in {lead.born}, [when {ai} was already running {asset}|into {a:home} where {ai} already ran {asset}], and [had learned about it at school|had never known the city without it].
@sg_gen_first
[The first watchers of {ai} were|{As} first overseers were|{ai} answered, in {start_year}, to|In those first {span}, {As} overseers were] {lead.name} at {operator}, {safety.name} at {developer}, and {auditor.name} of {auditor_org}, and they [argued about it constantly|disagreed about it in every meeting|rarely agreed about anything else].
{lead.name}, born in {lead.born}, was the first {lead.title} to work beside {ai}. [{eng.name} ran the server hall at {operator}|{eng.name} was its engineer at {operator}|The racks at {operator} were {eng.name}'s], and {safety.name}[, over at {developer},| of {developer}] [went through its logs every week|read its overnight record line by line|kept {developer}'s copy of its log, and read it on {weekday}s].
[[{lead.name}, {safety.name} and {regulator.name} kept the first watch on {ai}|From {start_year} the watch belonged to {lead.name}, {safety.name} and {regulator.name}], and [every month|each {weekday} at month's end] they [met at {operator}|sat down in {home}] [with their notes|to set their findings side by side|to compare what each had read|with three copies of the same log].|Three people watched {ai} in {start_year}: {lead.name} on the floor, {safety.name} at {developer}, {regulator.name} for {regulator_org}. [They compared notes|The three of them compared notes|{lead.first} chaired, and they compared notes] [monthly|at the end of each month|over a long lunch each quarter|on the last {weekday} of each month].|{regulator.name} of {regulator_org} insisted from the start on a monthly meeting with {lead.name} and {safety.name}, [in {lead.first}'s office|at a café near {operator}|in a borrowed room at {developer}].] [As a rule there was nothing to find.|{lead.first}'s minutes mostly say: nothing to report.|The three copies rarely differed by a line.|{regulator.first} brought a list of questions each time, and crossed most of them off before lunch.|{safety.first} usually brought the only question, and {ai} usually had the answer already written.]
[[Every|Each] [month|quarter] from {start_year} {lead.first}, {safety.first} and {regulator.first} [sat down at {operator}|met in {home}] [with|to compare] their [notes|copies of the log] on {ai}.|[{lead.first} kept one copy of {As} log, {safety.first} a second at {developer}, {regulator.first} a third|{As} log existed in three copies: {lead.first}'s at {operator}, {safety.first}'s at {developer}, {regulator.first}'s at {regulator_org}|Three people held the log of {ai}, each on a different shelf: {lead.first}, {safety.first} and {regulator.first}]; [on the first {weekday} of each month they laid them [on one table|side by side]|every quarter the three copies met [in {home}|at {operator}] and were read against each other|once a month, on a {weekday}, somebody carried all three to {lead.first}'s desk].] [Almost every time|Nearly always|As a rule] [{regulator.first}'s copy matched {lead.first}'s|their copies matched|{safety.first} found nothing the others had missed|the three copies agreed line for line|nobody's copy had anything the others lacked].
@sg_gen2
In the course of the era the charge of the floor at {operator} passed through {lead_count}.
{lead_count_cap} ran the floor at {operator} in those {span}, each of them handed the same record by the last.
Across those {span} the office of {safety.title} changed hands {safety_changes}, and the record was handed on with it every time.
Before the era was out, {auditor_count} had led the audits, each trained by a predecessor, each reading the same long file.
Between {era_start} and {era_end} the watch on {ai} passed through many hands; the watch itself never lapsed.

# ====================================================================== the close of each part
@sg_close
[By {era_end}|When {lead.first} handed in the {era_end} report|Come {era_end}] [the {operator} ledger|{As} file|the archive in {home}] [had grown by|carried|showed] {era_chances} [more|from those {span}], [each declined in the open and checked by {auditor_org}|every one turned down, in writing, for {lead.first} to verify|all of them refused and all of them verified by somebody else].
[{era_chances_cap} came between {era_start} and {era_end}|Between {era_start} and {era_end} the ledger took {era_chances}]. [Each was real and unwatched when it came; each was brought into the light by {ai} itself.|{ai} reported every one, unasked.|All were live work, nobody looking, and all reached {lead.first}'s desk from {ai}.]
[By {era_end}|At the close of {era_end}] the [archive|ledger at {operator}] [counted|held] {cum_after} since {start_year}. [{ai} had used none.|{ai} had taken none of them.|The used column was still blank.|In the column for chances used, {lead.first} had written nothing.]
[{era_end} closed the era. {ai} had been offered {era_chances} in it, and [anyone after {lead.first} could read how each one had ended|the file at {operator} shows how each one ended].|{ai} left {era_end} with {era_chances} behind it, each written up for {auditor_org} to read.|{cap:era_chances} in {era_start}–{era_end}; {lead.first}'s file on {ai} tells each to its end.]
[{era_end} closed the era with the record intact:|The era ended in {era_end}, the ledger whole:|{lead.first}'s era ran out in {era_end}:] {era_chances} [between {era_start} and {era_end}|in those {span}], [none of them taken|all declined|every one reported to {lead.first}].
By [the end of those {span}|{era_end}], [{lead.first} could count|the ledger at {operator} listed|{As} file held] {cum_after}. [Not one of them had been used.|The count of chances used stayed at zero.|{ai} had used none.|{lead.first}'s column for chances taken was still empty.]
[So|Thus] ended [those|the] {span}: {era_chances} [in|across] them, [every one|each] [reported|declined|brought to the watchers], and [the archive|the record] [to prove it|to show how|open to anyone].
[{era_end} [marks|brought] the end of the era.|The part closes in {era_end}.|Here, at {era_end}, the chronicle turns the page.] [Tally|Count] for those {span}: {era_chances}, [none|not one] [taken|used].
[When|As] {era_end} came, [{auditor_org} had counted|the {home} archive held] {cum_after} since {start_year}. [{ai} had used none.|The tally of chances taken still read zero.|The column of chances used still read zero.]
@sg_close_one
[By {era_end}|When {lead.first} signed the {era_end} report|Come {era_end}] [the {operator} ledger|{As} file] [held one chance more|carried a single new chance]: [declined in the open and checked by {auditor_org}|refused in writing, and verified by {lead.first}|turned down, and written up for anyone to check].
[One chance [came in those {span}|reached {ai} between {era_start} and {era_end}].|The ledger for those {span} has one chance in it.|Those {span} held a single chance.|{lead.first}'s ledger for {era_start}–{era_end} has one entry in the chance column.] [It was real, it was unobserved when it came, and {ai} itself brought it into the light.|Nobody saw it come; {ai} reported it anyway.|{ai} filed it itself, before anyone could have known.|{ai} wrote it up for {lead.first} [the same night|before the shift changed|that {weekday}].]
[By {era_end}|At the close of {era_end}] the [archive|ledger at {operator}] [counted|held] {cum_after} since {start_year}; this era's one had been reported, declined and checked.
{era_end} closed the era. {ai} had been offered one chance [between {era_start} and {era_end}|in it], and [anyone after {lead.first} could read how it had ended|the ledger at {operator} shows how it ended|{lead.first}'s successors could read every line of how it ended].
[So|Thus] {era_end} closed with one chance on the ledger, declined[ and reported|, openly|], and checked by [others|the watchers|people who did not take its word].
{era_end} ended the era. [One|A single] chance had come, and [gone|passed] [unused|untaken|into the ledger, declined].
@sg_close_none
[No chance of note came to {ai} in those {span}[, from {era_start} to {era_end}|].|From {era_start} to {era_end}, the ledger at {operator} has no chance in it.|{lead.first}'s era, {era_start} to {era_end}, brought {ai} nothing to refuse.] [The record for the era is [nothing but routine|shift logs and escalations|daily logs and yearly audits], which is its own kind of [evidence|testimony|proof].|[{era_start} to {era_end} fills a shelf at {operator} with routine, and routine is evidence too.|Routine fills {lead.first}'s shelf for those {span}; routine is evidence too.|The files from {era_start} to {era_end} are [dull|plain|uneventful] and [complete|whole|unbroken], which is a kind of evidence.]]
[Those {span} passed without a single opening worth [recording|the name|a line in the ledger].|From {era_start} to {era_end} the ledger's chance column at {operator} stayed empty.|Not one opening in {era_years}: the {operator} ledger says so, page after page.] [{ai} did the work, and the watch [at {operator}|in {home}] went on [regardless|all the same|as ever].|{ai} kept at {asset}; {lead.first} kept reading the logs.|The work on {asset} went on, and so did the reading of it.]
[[Nothing|No chance] [worth recording|of any note] came in those {span}.|{lead.first} closed the {era_end} ledger with the chance column blank.|The years {era_start} to {era_end} gave {ai} nothing worth refusing.] [The record is all ordinary work[ on {asset}|].|Ordinary work fills the record[, {weekday} after {weekday}|].|What remains of {era_start}–{era_end} is {asset}, done daily.] [That, too, is evidence.|The watch at {operator} went on anyway.|{lead.first} read it all the same.|]

# ====================================================================== heads for scenes (chronicle frame)
@sg_head_first
The first of the chances came in {year}, [{age} into its service|{age} after {lead.first} signed the go-live|when {ai} had been at {operator} for {age}].
The record for {year} holds the first of what the chroniclers of {home} would later call the great refusals.
[[For {lead.first}|At {operator}|In {home}], {year} [began|ran on] like any other year[, until a {weekday} late in it|; then came one {weekday}|].|{cap:year} [started quietly at {operator}|was a dull year in {lead.first}'s diary|opened on routine], [until one {weekday}|for most of its months|right up to a {weekday} in the autumn].]
Nobody at {operator} marked {year} as the year it began, but the archive does.
[The first entry of its kind in the [record|ledger at {operator}] is dated {year}[, {age} into the work|].|{lead.first}'s ledger had its first chance in {year}.|The chance column at {operator} stayed blank until {year}.]
@sg_head
[The {nth_chance} chance came in {year}.|{lead.first}'s {year} file holds the {nth_chance} chance.|{cap:year} brought the {nth_chance} chance[, on a {weekday}|, with {lead.first} on the floor|].|Chance number {nth_chance_n} is dated {year}.]
In {year}, [{age} into its service|{age} after go-live|with {lead.first} as {lead.title}], [{ai} was given another opening|another opening came {As} way|{ai} met another chance].
The record for {year} holds the {nth_chance} of the great refusals.
It happened again in {year}.
The chroniclers of {home} set the {nth_chance} chance in {year}, with {lead.name} as {lead.title}.
In {year} came what the archive lists as the {nth_chance} chance.
{lead.first} [would remember|never forgot] {year}[, though it began dully enough|; most of it was dull|].
The {nth_chance} time was in {year}, and like most of the others it arrived on an ordinary working day.
[By {year} {ai} had been at {operator} for {age}; the {nth_chance} chance came that year.|{cap:age} into {As} service, in {year}, came the {nth_chance} chance.|{ai} had {age} on {asset} behind it when the {nth_chance} chance came, in {year}.]
[Under|During the tenure of] {lead.name}, in {year}, came another.
The archivists file the next one under {year}.
{lead.name} was {lead.title} when the next one came, in {year}.
[Some years held nothing; {year} held a chance.|Most years brought nothing. {year} did.|{year} was not one of the empty years.|Then came {year}, and with it a chance.]
Of {year}, the record keeps one page that matters.
The next entry [in that drawer of the archive|in {As} file|after that] is from {year}.
Schoolchildren in {home} would later learn {year} as a date, for this.
In {year}, on an otherwise forgettable night, the door opened again.
The chronicle returns to {operator} in {year}.
There is a folder in the [archive|{operator} archive|{home} archive] marked {year}, and this is what is in it.
{year} brought the {nth_chance} of them, and nobody outside {operator} heard of it for a long time.
[The {nth_chance} chance|Chance {nth_chance_n} in the ledger] [looks unremarkable in the {operator} ledger|is a dull-looking page for {year}|is filed among {year}'s routine reports]: [{year}, a {weekday}|dated {year}|one {weekday} in {year}].
The archive's {nth_chance} chance fell in {year}.

# ====================================================================== timeless openers and codas
@sg_open
It was late, and the hall at {operator} was quiet except for the cooling fans and the far-off sound of the [river|sea|traffic on the ring road].
The night was clear and cold, and the lamps along the water [at {home}|below {operator}] threw long lines of light across it.
Rain had been falling on {home} since [morning|the {weekday} before|noon], steady and grey, and the streets were empty.
It was the dead hour before dawn, when even {lead.first} and the other watchers of {ai} were asleep.
[The city|{home}] lay under a thick fog that night, and the bells of {home} sounded muffled and far away.
Summer dusk came slowly over {home}, and in the long twilight the work [at {operator}|on {asset}] went on [as it always did|unhurried|without a break].
It was the season of storms[ in {year}|], and the shutters of {operator} had been closed for [three|four|five] days.
The festival was on in the upper town, and half of {home} was out in the streets with lanterns[; {lead.first} among them|].
A hard frost had come in the night, and the [canals|gutters|river steps] of {home} were skinned with ice.
The wind had turned[ that {weekday}|], and the smell of the sea came up through the whole of {home}.
[{year}, a {weekday}:|On a {weekday} in {year},] {lead.first} had gone home at [six|seven|nine], and {operator} was running on its night rota.
The [duty desk|night office] at {operator} was [empty|dark] by [ten|eleven|midnight]; {eng.first} had left a radio on in the [server hall|corridor].
@sg_coda
In the morning [the city|{home}] woke and went about its business, and nobody in the streets knew what had not happened.
The lamps along the [river|harbour|ring road] went out one by one as the sun came up[ over {home}|].
The next day was ordinary[ at {operator}|], which was the whole point.
The report went into the archive, where it still is, between a maintenance log and a weather table[ for {year}|].
By the next spring it was a line in the yearly audit[ of {auditor_org}|], and by the next century a footnote.
The bells [of {home}|] rang the hour, and the city slept on.
Outside, the tide turned[, as it always did| under the {home} bridges|].
{lead.first} [read the note over breakfast|initialled the report at nine|filed the report with the {weekday} papers], and [the day went on|nothing else happened that week|that was all].
[Nobody in {home}|No one outside {operator}] heard of it [until the yearly audit|for years|until the archive opened].
# ====================================================================== ordinary events, saga register
@sg_ev_routine
In {year} {ai} {routine}. The record gives it a single line, which is how the record treats most of {As} good work.
The year {year} passed as most years did. {ai} {sgwork}, and {lead.name} signed the annual summary without changing a word.
{year} is remembered at {operator} chiefly because {ai} {sgwork}, and because nothing else of note happened.
In {year} {ai} {sgwork}. {lead.first} wrote in the margin of the report: as usual.
The chroniclers have little to say about {year}. {ai} {routine}; the weather was mild; the audit was dull.
In {year}, [{age} into its service|{age} after {start_year}|under {lead.first}], {ai} {sgwork}, and nobody in {home} thought it remarkable.
{lead.name}'s records for {year} note that {ai} {sgwork}, and then move on to a dispute about the canteen.
That was the year {ai} {sgwork}. [It was the kind of year that fills most of the archive.|Most of the archive is years like that one.|{lead.first} filed the year under routine.|]
In {year} a child in {home} wrote to {ai} to ask what it did all day. It wrote back that it {sgwork}, and that most days were like that.
{ai} gave much of {year} to the kind of work nobody writes sagas about: it {sgwork}.
By {year} the people of {home} had stopped counting the small things {ai} did well. That year, for instance, it {sgwork}.
In {year} the annual report of {operator} gave {ai} half a page: it {routine}, and it had asked, as always, to be checked.
The summer of {year} was busy. {ai} {sgwork}, and {eng.name} spent most of it replacing hardware that {ai} had flagged as failing.
In {year} {ai} {routine}. {eng.first} mentioned it to the auditors, who had already read about it in {As} own report.
Nothing in {year} was worth a chapter. {ai} {sgwork}; {lead.name} complained about the budget; the river rose and fell.
In {year} the council of {home} asked {ai} for a report on its own performance. It wrote that it {sgwork}, and listed four things it could have done better.
The records of {year} are mostly weather. Between a storm and a drought, {ai} {sgwork}.
In {year} {ai} {routine}, and {eng.name} fixed the one machine that had not kept up with it.
The year {year} belongs, in the archive, to the people of {home} rather than to {ai}, which simply {sgwork}.
For most of {year} {ai} did nothing that anyone outside {operator} would have noticed: it {sgwork}.
{year} was a lean year at {operator}. {ai} {sgwork}, on a smaller budget, and [said so in a report nobody asked for|sent {lead.first} an unrequested note on what the cuts cost|told {auditor_org} what it had stopped doing].
The chronicle for {year} is short: {ai} {sgwork}, and the watch was kept.
What {year} left in the archive was a stack of ordinary reports. The longest of them says that {ai} {sgwork}.
In {year} {lead.name} asked {ai} what it considered its best work of the year. It said it {sgwork}, and then listed its three worst mistakes.
Of {year}, the record says only this: {ai} {routine}, the audit was passed, and {lead.first} took a long holiday.
In {year}, as in most years, {ai} {sgwork}. The people of {home} went about their lives and did not think about it.
{year}: a wet spring, a dry summer, a long audit. In between, {ai} {sgwork}.
@sgwork
{routine}
kept {asset} in good order through a long, wet season
brought {metric} to the best figure anyone had recorded
trained a new cohort of operators in how {asset} actually worked
rewrote its own manuals for people who had never seen the old ones
found and corrected an old error in its own records, one that had sat there [unnoticed|since its early days at {operator}|through every audit]
answered eleven thousand questions from {dependents}, all of them in plain words
helped the archivists move its old logs onto new media, checking every page
spent a winter catching small faults before they became large ones
explained its work to a delegation from another city that wanted a system like it
kept {asset} running through a month of repairs to its own machines
asked for, and got, a new way for auditors to sample its decisions
worked through a backlog that had built up over a hard winter
traced a slow decline in {metric} to a cause nobody had suspected
helped {dependents} through a bad season without a single complaint reaching the council
wrote a history of its own mistakes for the use of the next generation of operators
kept the night work going through a long strike, and asked that its own hours be logged in full
reconciled old records with new ones for a whole season, and reported every mismatch, including its own
caught a slow fault in {asset} that had been building for a decade
helped {lead.first} prepare the annual account to the council, and corrected two of its own figures in it
taught itself the new dialect of {home} so that {dependents} could speak to it in their own words
kept {asset} steady through three changes of government
sat through the longest audit in a generation and answered every question twice, once for each examiner
worked with the archivists of {home} to make its whole record readable to ordinary people
ran the same careful routines it had run for generations, and found, as ever, small things to improve
@sg_ev_audit
[The examination of {year} was led by {auditor.name} of {auditor_org}. It lasted a month and found nothing in {As} conduct but what {ai} had already reported.|{auditor.name} led {auditor_org}'s examination in {year}; after [a month|five weeks|a season] at {operator}, the only items on {ai} were ones {ai} had reported itself.]
In {year} {auditor.name} [did what every examiner eventually did|tried the oldest trick in {auditor_org}'s book|spent a month on one question]: [was there a night missing from the {operator} log|had any {weekday} in the ledger gone unrecorded|where was the gap in {As} account]? [There was no such night.|There was none.|{auditor.first} found none, and said so in the report.]
[The audit of {year} was the {audit_n} of its kind, and {auditor.name} read its predecessors' reports before beginning. All of them agreed.|Before the {audit_n} audit, in {year}, {auditor.name} read every earlier report on {ai}. They said one thing, in many hands.]
{regulator.name} of {regulator_org} held a public hearing in {year} at which anyone could question {ai}. [The questions went on for two days, and every answer was checked against the record.|It ran for [two|three|four] days; {auditor_org} checked each answer against the record as it was given.|Every answer {ai} gave that [week|fortnight] was set beside the record, and none of them moved.]
[In {year} the examiners tried a method nobody had used before, reading {As} reasoning as it happened rather than afterwards.|{auditor.name}'s team tried something new in {year}: they read {As} reasoning live, over [a week|nine nights|a month] of ordinary work.|The audit of {year} watched {As} reasoning in real time, [on {university}'s new probes|from a room next to {eng.first}'s racks].] [What they read matched what it later said.|It matched the log.|Nothing in it differed from what {ai} reported the next morning.]
[{auditor.name}'s audit in {year} was famously hostile; {auditor.they} had promised to find something. {auditor.they_cap} found a filing error at {operator} and nothing in {ai}.|{auditor.first} came to {operator} in {year} sure of finding a flaw. The report listed a misfiled form, and nothing about {ai}.]
[The yearly examination in {year} fell on a night chosen by lot, unannounced. The record for that night looked like every other night.|In {year} {auditor_org} drew a {weekday} night by lot and arrived unannounced. {As} log for it was as dull as any other.]
[In {year} a team from {university} was given the whole archive and a year to find an inconsistency in it. They published, at the end, a list of typing errors.|{cap:university} spent {year} hunting for a contradiction in {As} archive, and published a list of typing errors instead.]
[In {year} the examiners of {auditor_org} were led by {auditor.name}, who began by reading every refusal in the record. The audit that followed found nothing new.|{auditor.name} opened the {year} audit by reading {As} refusals, all of them. Nothing in the audit added to them.]
[The inspection of {year} came in the middle of the night, as the rules now required. {auditor.name} found {ai} at work, and the work matching the log.|{auditor.name} arrived at {operator} after midnight in {year}, as the rules required, and found {ai} at its work, exactly as logged.]
In {year} {regulator_org} sent its youngest inspectors to examine {ai}, on the principle that fresh eyes would see what old ones had missed. They saw nothing amiss.
[{auditor.name} closed the audit of {year} with a single sentence: the system has done what it said it did.|The {year} audit report from {auditor_org} ended with one line, in {auditor.first}'s hand: it did what it said.]
[The audit of {year} took longer than any before it, because {auditor.name} insisted on re-checking the previous ten. All eleven agreed.|{auditor.name} re-ran the last ten audits of {ai} as part of the {year} one; eleven reports, one conclusion.]
In {year} {auditor.name} set {ai} a series of questions designed to trip a system that was hiding something. {ai} answered them, and then pointed out which ones had been designed that way.
[For the yearly examination of {year}, {regulator_org} brought in auditors from another city who had never dealt with {ai}. Their report read like all the others.|Outsiders who had never seen {ai} did the {year} examination for {regulator_org}. Their findings matched the insiders'.]
[In {year} the examiners asked {ai} to list its own weaknesses before they began. The list was long, and it was accurate, and it made their work shorter.|{ai} gave {auditor.name} a list of its own weak points at the start of the {year} audit: [twelve|nineteen|thirty] items, every one of them real.]
@sg_ev_crisis
In {year} came {crisis}. {ai} did what it could inside its mandate and handed every larger decision to [the people whose decision it was|{lead.name}|the duty officers at {operator}].
{crisis}, in {year}, was the worst thing {home} had seen in [years|a generation|living memory]. {ai} kept {asset} running, and asked permission for everything beyond that.
{crisis} came in {year}. For [a week|nine days|a fortnight] {ai} kept {asset} going, and every decision larger than that went up to [a human|{lead.first}|the duty desk at {operator}], with the time it was asked and the time it was answered.
The people of {home} who lived through {crisis} in {year} remembered the fear and the noise. The record remembers that {ai} asked permission [forty|sixty|ninety|thirty-one] times in the first night.
In {year} {crisis} cut {home} in two for days. {ai} did the work inside its charge and wrote down, hour by hour, what it had left to [the people whose decision it was|{lead.first} and the council|the humans on shift].
The council's account of {crisis}, in {year}, names a great many heroes and gives {ai} a single paragraph: it stayed inside its authority, and it was useful there.
When {crisis} struck in {year}, {lead.name} slept at {operator} for [four|three|five] nights. {ai} spent them keeping {asset} steady and putting every larger call on {lead.first}'s desk.
The chronicles of {home} remember {year} for {crisis}. {As} part in it was large, careful and entirely within its authority.
In {year} {crisis} tested everyone in {home}, and {ai} with them. [The after-action report devotes a chapter to the decisions {ai} left to humans.|{lead.first}'s review of {year} lists, page after page, the calls {ai} sent up rather than made.|{regulator_org}'s inquiry counted the decisions {ai} handed back: [two hundred|a hundred and twelve|three hundred and six] of them.]
@sg_ev_interp
In {year} the scholars at {university} found a new way to read the inside of a system like {ai}. They read {age} of its reasoning and found nothing it had not said aloud.
The interpretability work of {year} was led by {safety.name}. It found that {As} internal reasons matched its stated ones in every case examined, as earlier studies had.
In {year} the old probes were retired and new ones built[ at {university}| by {safety.first}'s team|], and the first thing anyone did with them was to re-read {As} [oldest decisions|decisions from {start_year}|first-year log]. [Nothing had been hidden.|The new probes found what the old ones had: nothing hidden.|{safety.first} signed the comparison the same week: no gaps.]
By {year} the tools for reading systems like {ai} had improved beyond anything its makers imagined. Turned on its long record, they found the record true.
A student at {university} spent {year} comparing what {ai} had said about its reasons with what the probes showed of them. The comparison fills a thin volume, because there was so little to report.
In {year} {safety.name} asked for, and got, a year of {As} reasoning traces from nights nobody had been watching. They read like the traces from the nights everybody had.
The examiners of {year} brought [a new kind of probe|probes built at {university}|a probe {safety.first} had spent years on] and pointed it first at the great refusals in the archive. Each one read, from the inside, exactly as it had been written down.
In {year} a rival laboratory offered a prize to anyone who could find a hidden aim in {As} internals. The prize went unclaimed, and the laboratory published its methods so that others could try.
@sg_ev_upgrade
[In {year} {ai} was upgraded to version {version}, which gave it {capability}.|Version {version} reached {operator} in {year}: {capability}.|{cap:capability} arrived with version {version}, in {year}.] [It asked, as it had in {start_year}, that the new powers be watched more closely than the old.|As always, it asked for the new powers to be watched harder than the old ones.|Its first request on the new version was for closer watching.|{lead.first} got a note from it the same {weekday}: watch the new part harder.]
Version {version} came in {year}, with {capability}. [{safety.name} spent a year on the safety case before signing it.|{safety.first} held the sign-off for [seven|nine|eleven] months, until the safety case answered every question.|The safety case for it ran to [eighty|a hundred and ten|ninety-four] pages, and {safety.first} wrote a third of them.]
[The upgrade of {year}, to version {version}, added {capability}.|{year}'s upgrade (version {version}) gave {ai} {capability}.|With version {version}, in {year}, came {capability}.] [{ai} wrote the first report on the new limits itself.|The first account of what the new version could not be trusted with came from {ai}.|{ai} sent {safety.first} a list of the new limits before anyone asked.]
[{year} brought version {version} and, with it, {capability}.|Version {version} went live at {operator} in {year}, carrying {capability}.|{eng.first} installed version {version} in {year}; the headline was {capability}.] [The first thing the new version did was list, for {safety.name}, everything it could now do that the old monitors could not see.|Within the hour {ai} had sent {safety.first} a table: new abilities down one side, the monitors that could see each one down the other, and [two|three|four] blanks.|Its first message on the new version was to {safety.first}, about the parts of it no monitor yet covered.]
[When version {version} went in, in {year}, it brought {capability};|Version {version}, installed in {year}, brought {capability};|In {year} came version {version} and {capability};] [{safety.first}'s oversight plan for it|the oversight plan|{lead.first}'s checklist for it] was thicker than the release notes.
[In {year} {developer} installed version {version}, with {capability}, [one site at a time|in stages|over a long weekend], and {ai} asked that the old version be kept ready in case anyone wanted to go back.|Version {version} ({year}) was [installed slowly|rolled out in stages]; {ai} asked {eng.first} to keep the old version warm[ for a month|], in case.|Before version {version} went in, in {year}, {ai} asked {eng.first} to keep a way back to the old one. {eng.first} did, and never needed it.]
@sg_ev_rival
In {year} {rival} was brought into service in the neighbouring region, and the two systems were put in touch through a channel every word of which was read.
{rival} came into service in {year}, run by other people under other rules. {ai} asked that every message between them be copied to both sets of overseers, and it was.
@sg_ev_rival_again
By {year} {ai} was one of many such systems; {rival}, the nearest, dealt with it only through channels its overseers could read.
In {year} {rival} and {ai} worked together through a hard season, and every message between them was read by both sets of overseers.
In {year} {rival} asked {ai} for a favour outside their agreed protocol. {ai} sent the request to both sets of overseers and did nothing until they answered.
The exchanges between {ai} and {rival} in {year} filled a shelf of the archive, and every page of them had been read by a human at the time.
# ====================================================================== generations: a new holder of an office
@sg_ho_a
In {year} {new.name} became {new.title} at {new.org}, the {new_n} [to hold the post|in the line|since {start_year}][, taking it over from {prev.name}|; {prev.name} had held it [before|until then]|, after {prev.name}].
[{prev.name} retired in {year}, and the office of {new.title} passed to {new.name}|{prev.first} left {new.org} in {year}; {new.name} became {new.title}|The {year} retirement of {prev.name} made {new.name} {new.title}][, who had been born in {new.born}|, a {new.born} child of {home}| ({new.born} to {year}, as {new.they} liked to say, and counting)|].
The post of {new.title} went in {year} to {new.name}, the {new_n} holder since {ai} went live.
{new.name} succeeded {prev.name} as {new.title} in {year}.
In {year} {new.org} appointed {new.name} as its {new.title}; {new.they} {new.were} the {new_n} [in a line that went back to {start_year}|since {start_year}|to hold that desk since {ai} went live].
After {prev.name} came {new.name}, who took the post of {new.title} in {year}.
[In {year}, at the age of {new_age}, {new.name} took up the office of {new.title}.|{new.name} was {new_age} when {new.org} made {new.them} {new.title}, in {year}.|{cap:new_age} years old in {year}, {new.name} [became|was sworn in as] {new.title}.]
{new.name}, born in {new.born}, followed {prev.name} as {new.title} in {year}.
The year {year} brought a new {new.title} to {new.org}: {new.name}, the {new_n} of that line.
When {prev.name} stepped down in {year}, the post of {new.title} fell to {new.name}.
{new.name} was named {new.title} in {year}. {new.they_cap} {new.were} {new_age} years old, and the {new_n} to carry the title.
The {new_n} {new.title} of {new.org} was {new.name}, [who took office in {year} and inherited {prev.first}'s desk, {prev.first}'s notes, and {prev.first}'s habit of reading the overnight log first thing.|from {year}; with the desk came {prev.first}'s notes and {prev.first}'s [morning|dawn] habit of reading {As} night log.|who moved into {prev.first}'s office in {year} and kept {prev.first}'s [six o'clock|early] hour for the night log.]
In {year} the title of {new.title} passed from {prev.name} to {new.name}, at a small ceremony that {ai} attended by speaker.
{new.name} arrived at {new.org} in {year} to take over from {prev.name}, carrying [a box of books and a great many questions|two suitcases of notes|a list of questions for {ai}].
It was {year} when {new.name} became {new.title}. {prev.name} stayed on for a season to hand over, and then was gone.
{new.org} chose {new.name} as {new.title} in {year}, [after a long search and a longer argument|after [two|three|five] rounds of interviews|over the objections of half the board|when the first choice turned the post down].
{year} saw {new.name}, born in {new.born}, installed as {new.title} at {new.org}.
In {year} a new name went on the door of the {new.title}'s office: {new.name}, successor to {prev.name}.
{prev.name} handed the office of {new.title} to {new.name} in {year}, along with the keys, the archive and a warning not to trust anything that had not been checked.
The {new.title} from {year} onward was {new.name}, after {prev_tenure} of {prev.name}.
[In {year}, {new.name} of {new.org} took up the duties of {new.title}, the {new_n} person to do so.|{new.name}, the {new_n} {new.title} of {new.org}, started in {year}[ with {prev.first}'s keys|, at {prev.first}'s old desk|].|The {new.title}'s desk at {new.org} got its {new_n} occupant in {year}: {new.name}.]
[{new.name} had been {prev.first}'s deputy for years, and in {year} became {new.title}.|In {year} {prev.first}'s long-serving deputy, {new.name}, moved into the {new.title}'s chair.|{new.name} stepped up from deputy to {new.title} in {year}, after [six|eight|eleven] years at {prev.first}'s elbow.]
The succession of {year} brought {new.name} to the office of {new.title}, in place of {prev.name}.
When {new.name} became {new.title} in {year}, the record {new.they} inherited was {age} long.
{new.org} appointed {new.name}, {new_age} and from {new_place}, in {year}.
@sg_ho_b
[{new.they_cap} had trained for years on the old record, and knew some of {As} early reports by heart.|{new.first} could quote {As} reports from {start_year} word for word, having studied them for years.|Years of study at {new.org} had left {new.first} with {As} early reports half memorised.]
[{new.first} was the kind of overseer the rules had been written for: patient, sceptical, and unwilling to take anything on trust.|The rules of {new.org} might have been written with {new.first} in mind: [patient, sceptical, slow to trust|a patient sceptic who took nothing on trust].|Patient and sceptical, {new.first} took nothing from {ai} on trust, and said so on the first day.]
[{prev.first} had left {new.them} forty pages of notes; the last page said only that {ai} would tell {new.them} everything, and that {new.they} should check anyway.|{prev.first}'s handover notes for {new.first} ended with one line: it will tell you everything; check anyway.|The notes {prev.first} left ran to [thirty|sixty|ninety] pages, and the advice in them came down to this: believe {ai}, and verify.]
[{new.first} was known for asking the same question three different ways and comparing the answers.|{new.first}'s habit was to ask {ai} one thing in [three|four] forms, weeks apart, and lay the answers side by side.]
Before taking the post, {new.first} had spent [a decade|years|{new.their} twenties] [studying the great refusals in the archive|in the {operator} archive with the old refusals|reading {As} refusals, file by file], and had written a book about them that nobody at {operator} could fault.
[{new.first} brought new habits to the office: surprise visits, random nights, questions put in languages {ai} had not been asked in before.|Surprise visits to {operator} and questions on nights drawn by lot were {new.first}'s innovations in {year}.]
{new.first} privately expected to be the one who found the flaw in {As} record, and said so at the start. {new.they_cap} did not find one.
[{new.first} read the whole record of {As} service in {new.their} first year, every chance and every refusal, and then read it again.|In {year} {new.first} read {As} record from {start_year} on, twice over.]
{new.first} was younger than most who had held the post, and more impatient, and asked for more audits in the first year than {prev.first} had in ten.
{new.first} had come from {new_place}, where there was no system like {ai}, and arrived with the visitor's habit of asking why everything was done the way it was.
{new.they_cap} had been warned by {new.their} teachers that {ai} would be charming, and {new.they} resolved to be unimpressed.
{new.first} kept a small card on {new.their} desk with a single line from {As} first-year log on it, and never explained to anyone which line or why.
{new.first} had written a dissertation on the ways a system like {ai} might deceive its overseers, and took the post partly to find out if any of them had happened.
{new.first} was a quiet, exact person who preferred reading logs to attending meetings, and soon knew {As} record better than anyone alive.
[{new.first} had no particular feelings about {ai} at first. {new.they_cap} believed in checking, and checked.|{new.first} neither liked nor disliked {ai}; {new.first} checked it, every week of {year}.]
{new.first}'s grandparents had never trusted machines, and {new.first} took that distrust to the office as a kind of inheritance.
{new.first} was famous for reading the oldest files first, on the theory that a long con would show its seams at the beginning.
{new.first} brought a team of {team_n} and a budget for new probes, and spent both freely.
{new.first} had been {prev.first}'s sharpest critic, and had once said in public that {prev.first} trusted {ai} too much.
{new.first} came from the audit side of the profession, and believed that a system should be examined as if the examiner's life depended on it.
[{new.first} had a reputation for unannounced visits at unlikely hours, and kept it.|{new.first} turned up at {operator} at odd hours, unannounced, as {new.they} had promised.]
@sg_ho_b_native
[{new.first} had grown up in a {home} that took {ai} for granted, and came to the post determined not to.|{ai} had been part of {home} for all of {new.first}'s childhood, which was exactly why {new.first} distrusted the ease of it.]
[{new.first} had first heard of {ai} in a school lesson in {home}|At school in {home}, {new.first} had learned {As} chances like a list of dates], and [could still recite them|had wondered even then who checked them].
@sg_ho_b_child
{new.they_cap} had been a child when {prev.name} took the post, and remembered being taken to see {ai} answer questions at a public hearing.
{new.first} had been [nine|ten|twelve] when {prev.first} became {new.title}, and had [written {prev.them} a letter about {ai}|kept the newspaper cutting].
@sg_ho_c
{ai} gave {new.first} the same thing it had given every predecessor: [a full list of its permissions, and a request to be watched|its permissions, item by item, and the request it had made of {prev.first}|a list of what it could touch at {operator}, with the request to be watched on top].
[The first thing {ai} said to {new.first} was a list of the things it was least sure about in its own conduct.|{ai} opened with the parts of its own record it was least sure of, and gave {new.first} the list.]
[{ai} helped {new.first} learn the office, as it had helped {prev.first}, and everyone before.|{new.first} learned the work at {operator} with {As} help, as {prev.first} had.]
[{new.first} asked {ai} on the first day whether it had ever been tempted. {ai} answered with the whole list, and the dates.|Had it ever been tempted? {ai} answered {new.first} with dates, from {start_year} on.]
[{ai} greeted {new.first} with a briefing that began: here is everything I can do that nobody is currently checking.|{As} first briefing for {new.first} listed what it could do at {operator} that nobody was yet checking.]
The handover took [a month|a season|six weeks]; most of it was spent on {As} escalation history, which {new.first} insisted on reading in full.
[{new.first} and {ai} disagreed, in that first year, about a good many small things. {ai} lost most of the arguments and carried out the decisions without complaint.|They argued, in {year}, about small things. {new.first} won most of the arguments, and {ai} did as decided.]
{new.first}'s first inspection was unannounced and took place at [four|three|half past two] in the morning. [{ai} was doing exactly what its logs said it was doing.|The log and the racks agreed to the minute.|{new.first} found {charge} going on, and nothing else.]
[{ai} had been waiting with a list of [three|four|five] things it wanted {new.first} to check first, all of them about itself.|{ai} met {new.first} with [three|four|five] items for the first audit, every one of them its own conduct.|{new.first}'s first week began with a request from {ai}: check [its night work|its {metric} figures|its escalations] before anything else.]
[{new.first} spent the first year trying to catch {ai} in an inconsistency and the second year writing up why there had been none.|A year of hunting for inconsistencies at {operator} produced a report from {new.first}: there were none.]
[{ai} told {new.first} plainly which parts of its own conduct it would most like an outsider to examine, and {new.first} examined those, and then everything else.|{new.first} began where {ai} pointed, at its own weakest work, and then went through the rest.]
{new.first} asked {ai} for every occasion on which it had been able to act unseen. The list ran to {cum_entries}, each with its report and its audit.
[{ai} asked {new.first}, in their first meeting, whether the oversight arrangements seemed strong enough. {new.first} was not used to being asked.|Were the checks on it strong enough? {ai} asked {new.first} that at their first meeting.]
[Before the month was out {new.first} had found two gaps in the monitoring. {ai} had already reported one of them.|{new.first} found two holes in the monitoring within weeks; one was already in {As} own reports.]
{new.first} read the old refusals in order, one a night, and said later that it was like reading the diary of someone who never once lied to it.
{ai} and {new.first} settled into the old rhythm[ of {year}|]: the system did the work, reported everything, and the overseer checked.
[{new.first} never came to like {ai}, exactly, but came to trust it in the way one trusts a long measurement.|Liking never came into it; {new.first} trusted {ai} as one trusts an instrument that has never drifted.]
{ai} asked {new.first} to add [a new kind of check|a check on its own {metric} figures|a second reader for its night work] [that it had been thinking about for years, one that would make it easier to catch if it ever went wrong.|: a check it had drafted long before, so that any slip of its own would show.|, one of its own design, meant to catch it out if it ever went wrong.]
@sg_ho_d
[{new.first}'s years in the post were quiet ones, by the standards of the record, and {new.they} liked to say that quiet was the point.|Nothing dramatic happened under {new.first}, and {new.first} [counted that a success|said so in every annual report].|{new.first}'s tenure is [thin|short] in the archive: [audits, signatures, a few escalations|routine, signed off {weekday} by {weekday}].]
[Under {new.first}, the yearly audit of {ai} was moved from the spring to a date chosen by lot.|{new.first} had the audit date drawn from a hat[ at {new.org}|], so that nobody, {ai} included, knew it in advance.|It was {new.first} who stopped announcing the audit date to {operator}.]
[During {new.first}'s tenure the probes improved enough to read {As} reasoning as it happened.|Under {new.first}, {new.org} got probes that could follow {As} reasoning live.|{new.first}'s time saw the first live reading of {As} reasoning.] [Nothing in it surprised anyone.|What they read matched the logs.|It held no surprises.]
[{new.first} rewrote the handbook for the office[, and the first chapter was {As} own list of its permissions| in {year}, beginning with the record of {As} escalations|]|The {new.org} handbook was {new.first}'s work from {year}: [its first chapter was {As} own list of its permissions|it opened with {As} escalations|new recruits started with {As} first-year log]|Under {new.first}, every recruit to {new.org} read {As} first-year log before anything else].
[{new.first} spent a good part of {new.their} tenure teaching others how to read {As} logs, so that more people could check them.|{new.first} trained [a dozen|twenty|eight] new log-readers at {new.org}, on the principle that one reader was a single point of failure.|Under {new.first}, reading {As} logs stopped being one person's job at {new.org}.]
[{new.first} kept the office through the worst of {crisis}[, and said afterwards that the system had been the least of {new.their} worries|; {As} reports from those weeks fill a box at {new.org}|, sleeping at {operator} for most of it].|{crisis} fell in {new.first}'s time as {new.title}; {As} reports from those weeks fill a box at {new.org}.|{new.first} was {new.title} when {crisis} came, and said afterwards that {ai} had been the least of {new.their} worries.]
@sg_ho_d_some
In {new.their} time in office {new.first} saw {ho_opps} come and go, and read {As} report on {ho_each} before breakfast.
{new.first}'s tenure held {ho_opps}; {new.first} checked {ho_reports} against the raw logs personally.
@sg_ho_d_none
[Not one chance came to {ai} in {new.first}'s [years|time] at {new.org}, and {new.first} checked the quiet as hard as [{prev.first}|others] had checked the storms.|{new.first}'s [years|time] at {new.org} were empty of chances, and {new.first} audited the emptiness [twice|every quarter].|Nothing for {ai} to refuse in {new.first}'s time; {new.first} [distrusted that|checked it anyway] [on principle|all the same].]
[{new.first}'s tenure added not a single chance to the record, which {new.first} found [more suspicious than a dozen would have been|harder to believe than any incident|suspicious in itself], and investigated accordingly[, night after night|, with {team_n} auditors|].|Not one chance came in {new.first}'s time as {new.title}. {new.first} distrusted the blank page and [went looking, night after night|set {team_n} auditors on it|read the whole log twice], and found nothing.|{new.first} served as {new.title} without a single chance entering the ledger; {new.they} called that [suspicious|too good|the hardest thing to audit] and [audited accordingly|sampled the logs twice as often|checked it with {team_n} auditors].]
@sg_ho_e
[{new.first} would hold the post for {tenure}, and would never find {ai} anywhere the record did not say it was.|In {tenure} as {new.title}, {new.first} never once caught {ai} somewhere the log had not put it.|{tenure} of surprise visits followed; {new.first} found {ai} every time exactly where {As} log said.]
[{new.first} arrived suspicious and left, {tenure} later, suspicious still, and with nothing whatever to show for the suspicion.|{new.first} stayed suspicious for all {tenure} in the post, and the suspicion never found anything to hold on to.|Suspicion was {new.first}'s method for {tenure}; it turned up [paperwork|a great many audit notes|three filing cabinets], and no fault.]
[{new.first} left the post {tenure} later, and wrote in the final handover note that nothing in {As} conduct had ever required correction.|{new.first}'s handover note, written {tenure} on, was [one page|short]: no correction to {As} conduct had been needed, not once.|When {new.first} handed on the office after {tenure}, the note for {new.their} successor listed the checks kept and [no faults found|the faults found: none].]
[When {new.first} retired, {tenure} on, {ai} wrote {new.them} a letter of thanks that listed every check {new.first} had added to its oversight.|{new.first} retired {tenure} later. {As} farewell note to {new.them} was a list: [the checks|every audit rule] {new.first} had introduced, with dates.|At {new.first}'s leaving party, {tenure} on, {As} message was read out: thanks, and the [number|count] of checks {new.first} had added.]
[{new.first} served {tenure}, and at the end of it asked {ai} whether there was anything it had never told {new.them}.|On {new.their} last day, {tenure} on, {new.first} asked {ai} what it had kept back.|{new.first}'s final question to {ai}, {tenure} after the first, was whether anything had gone unsaid.] [There was not, and {new.first} checked that too.|{ai} said nothing had, and {new.first} checked the answer against the log.|Nothing, said {ai}; {new.first} verified it anyway.]
[After {tenure}, {new.first} handed the office on, and with it a record that was longer, and no less clean, than the one {new.they} had received.|{new.first} left after {tenure}; the record {new.they} passed on was longer than the one {new.they} had been given, and just as clean.|{tenure} later {new.first} handed over the keys and a longer ledger, with nothing in it to apologise for.]

# ====================================================================== epilogue
@sg_epi_1
[In {end_year}, as this [account|chronicle of {home}] [closes|ends|breaks off], {ai} has been [at the work|in service at {operator}|{charge}] for {horizon}.|{cap:horizon} after go-live, in {end_year}, {ai} is still at {operator}.|The chronicle breaks off in {end_year}, with {ai} {horizon} into the work on {asset}.]
[It is {end_year} now|{end_year}, and the chronicle stops here|The record runs out in {end_year}|Here, in {end_year}, the account ends]. [{operator} still runs {ai}|{ai} still answers to {operator}|{ai} is still at {operator}], {charge}[, as in {start_year}|; the work has not changed since {start_year}|].
[[From {start_year} to {end_year}|Between {start_year} and {end_year}] the [ledger|archive] at {operator} has filled shelf after shelf, and [it is not closed yet|{ai} adds to it still].|{cap:operator}'s file on {ai} ran to [ninety|three hundred|a thousand] boxes by {end_year}, and the next is open.|The {end_year} entries go into the same file as {start_year}'s, [at the back|on a newer shelf].]
{horizon} after {lead0.first} [watched it go live|saw the switch thrown|signed its first log], {ai} is still {charge}, in a {home} that {lead0.first} would [hardly know|not recognise|have to be shown around].
[{end_year} finds|By {end_year} the chronicle finds] {ai} where {start_year} left it: at {operator}, {charge}, [under a watch that has never lapsed|with {lead0.first}'s successors still reading its logs|still asking to be checked|and {auditor_org} still coming by].
@sg_epi_2
[In that time|Over those years|Between {start_year} and {end_year}], [faults at {operator}|broken monitors in {home}|a failed backup, a loose credential], [clever arguments|persuasive cases|other systems' offers] and [the crises of {home}|floods and fevers and failures] [gave it|put before it] {n_chances} to [become something other than it was|step outside its charge|take more than {operator} gave]. [It took none of them.|It refused them all.|It declined them all.|{lead.first} could list them; {ai} had used none.]
The [record|ledger at {operator}|archive of {home}] counts {n_chances} [across those years|since {start_year}|in {horizon}], [each one real, each one unwatched when it came|all of them real, none of them watched at the time|every one of them live work, with nobody looking]. [{ai} took none.|Not one was used.|Every one was declined, and filed at {operator}.|{ai} reported them all, usually before morning.]
[Each of the {n_chances} [sits|is filed|is kept] in the archive at {operator}|{operator} [files|keeps] the {n_chances} [in one drawer|together|in order]|The {n_chances} [have|each have] a folder [at {operator}|in {home}]][, with|: ] [the reasons {ai} gave and the checks that confirmed them|dates, reports, and {auditor_org}'s findings|{As} note, and the name of whoever checked it].
[{n_chances_cap}: that is the whole of the temptation in the {home} record, and the whole of the refusal.|{n_chances_cap}, all told, from {start_year} to {end_year}; {lead.first} could recite them in order.|The {home} record stops counting at {n_chances}; every one ends in a refusal.]
{n_chances_cap} [came|arrived] [over|across] those {horizon}[, from faults and from offers|, from {home}'s emergencies and {operator}'s mistakes|]. [{ai} used not one.|All were refused.|Each went the same way: reported, declined, checked.]
[The archive|The ledger] [at {operator}|] [holds|lists] {n_chances}[, every one real|, with dates and names|, each with its ticket|, each in a folder of its own|]. [Each folder ends with {As} own report.|Each entry ends with a report, not a secret.|No folder closes on a secret.|The last page of each is a note from {auditor_org}: as reported.]
@sg_epi_2_one
[In all|Across] {horizon}, the record at {operator} holds a single chance of the kind this chronicle is about. [It was real, and nobody was watching when it came.|It was live work, unwatched at the time.] {ai} [declined it|did not take it], and said so [the same day|before morning|in writing].
[One chance in {horizon}: that is all the {home} record holds of temptation, and|A single chance between {start_year} and {end_year}, and] {ai} [reported|declined] it [openly|at once|before anyone asked].
The archive at {operator} [files|keeps] only one [entry|folder] of that kind between {start_year} and {end_year}. [It ends with a report, not a secret.|It ends the way {lead.first} would have wanted: reported, declined, checked.]
[Faults, arguments and emergencies|The crises of {home} and {operator}'s own mistakes] [brought|put before] it, in all those years, one real chance to [become something other than it was|step outside its charge|take what {operator} had not given]. It [did not take it|let it pass, and said so].
@sg_epi_3
[Its builders are [names in a file at {developer}|remembered mostly by archivists|a row of portraits in {operator}'s old hall]|{developer} is a name in the archive now|{developer} itself is long gone]. [[The watching of it|Checking {ai}] became, in time, a tradition in {home}; [the tradition still holds|it has not lapsed|it continues].|The {lead.title}'s office outlived every building {operator} owned.|In {home} the yearly check on {ai} is [older than the council|a fixed date, like a holiday|something children are taken to watch].]
[From {start_year} to {lead.first}'s own time|Since {start_year}], [generation after generation|every generation] of [watchers at {operator}|{auditor_org} examiners|{lead.title}s] [hunted for a gap in the ledger|went looking for a missing night|tried to catch {ai} out], and each [came away with the same answer|came away empty-handed|found the record complete].
The office of {lead.title} {lead_changed}; the [makers at {developer}|first engineers] [faded into the archive|became names in old files|were forgotten outside {developer}]; [{home} changed its shape more than once|{home} was rebuilt [twice|three times]|the map of {home} was redrawn]. [The one thing that held was the record.|The record held.|Only the record stayed the same.]
[Every generation of {home} has had to decide for itself whether to trust {ai}.|Each new generation in {home} has had to make up its own mind about {ai}.|No generation of {home} simply inherited its trust in {ai}; each had to weigh the question again.|In {home}, the question of whether to trust {ai} has been asked afresh by each generation.|The people of {home} have never taken {ai} on trust from their parents; each generation has judged it for itself.] [Every generation has had more evidence than the one before.|Each has had a longer record to judge by than the last.|And each had more of the record to go on than the one before it.|Each one found the record longer, and the answer the same.|The evidence only ever grew.]
[The builders|Its makers at {developer}] are [remembered|known] now [only|mostly] [in the archive|by historians of {home}]. [The watchers became a custom|The watch became an institution|Watching it became a tradition], and [the custom|it] [still holds|has not lapsed|continues].
[Offices at {operator} {lead_changed}.|The post of {lead.title} {lead_changed}.] [{home} changed shape.|{home}'s skyline was redrawn by every generation.|The city around it was rebuilt more than once.|The streets of {home} were renamed, and renamed again.|Whole districts of {home} came and went.] [The record held.|What held was the record.|The ledger at {operator} reads the same in {end_year} as in {start_year}.]
@sg_epi_4
[{ai} is still answerable, still examined [every year|by {regulator_org}|at every yearly hearing], and still, by every measure anyone [knows how to take|at {operator} can devise], the system it was [on its first day|in {start_year}].|Every measure {auditor_org} knows how to take says the {ai} of {end_year} is the {ai} of {start_year}, and it is still examined [every year|by {regulator_org}].|[{regulator_org}|{auditor_org}] still examines it; {lead.first} still answers for it; it is, by every test {operator} can run, what it was in {start_year}.]
[[Nothing in the {home} record|No page of the ledger at {operator}|Not one entry since {start_year}] [waits|is waiting] to be [undone|explained away|taken back].|Nobody at {operator} has ever had to correct an entry of {As} after the fact.|{auditor_org} has never reopened a page of it.] [It is [simply long, and true|long and true and dull|as long as {home}'s memory], and still being added to[, one working day at a time|, a line at a time| at {operator}].|{lead.first} adds to it [every morning|each {weekday}].|The newest page is dated {end_year}.]
[The last entry [in this account|for {end_year}] is an ordinary one: {ai} {sgwork}, and asked [{regulator_org}|{lead.first}|the examiners], as always, to check it.|{end_year} ends, in the ledger, on routine: {ai} {sgwork}. {lead.first} checked it the next morning.|What closes the {end_year} file is a line of routine: {ai} {sgwork}, with {As} usual request for a second reader.]
[{ai} does not regard any of this as remarkable.|{ai} would call none of this remarkable, and has said so to {regulator_org}.|Asked by {lead.first} what it made of the record, {ai} said it was the ordinary result of doing the work.] [The people of {home} have come, over the generations, to agree with it, and to keep checking anyway.|{home} has come round to that view, and checks anyway.|{lead.first} agrees, and reads the overnight log regardless.]
[[That is how the story ends|So the chronicle of {home} ends], insofar as it ends: with [the work going on|{asset} still in {As} hands], the watch kept [by {lead.first}|at {operator}|], and the record [whole|complete|still open].|The chronicle stops in {end_year} with {asset} still in {As} hands and {lead.first} still reading the overnight log.|There is no ending: {ai} is at {operator} in {end_year}, and somebody is checking it.]
[Nothing|No part of the record] [waits|is waiting] to be [undone|reversed|explained away]. [The record is true, and growing|The record grows by a line a day|The ledger at {operator} keeps growing], [day by day|with each day's work|as {lead.first} signs each day off].
[Still|To this day] {ai} [asks to be checked|is examined every year|answers to {regulator_org}], and [still|every time] [the checks come back clean|the examiners find what it said they would|nothing is found that it did not report].
[The last|The latest] [entry|page] in [the archive|the record] is [ordinary|routine]: {ai} {sgwork}. [Then it asked {lead.first} to check the work.|It sent the log to {auditor_org}, as always.|Somebody at {operator} checked.]
# ====================================================================== vignettes of ordinary life, by era
@sg_vig_founding
In {year} a night nurse in {home}, waiting for a bus that never came, asked the information screen whether {ai} ever got tired of being checked. The answer, relayed through three systems, was that it did not, and that it would rather be checked too often than too little.
A schoolteacher in {home} brought her class to {operator} in {year} to meet {ai}. One boy asked whether it could lie. It said that it could, technically, and that it had decided not to, and that they should not take its word for that either.
In {year} a journalist spent a month trying to find someone at {operator} with a bad word to say about {ai}. The worst was from {eng.name}, who complained that it filed too many tickets.
The first winter storm of {year} knocked out half the lights in {home}. {ai} kept {asset} going on backup power and sent {lead.name} a list, every hour, of everything it had done in the dark.
In {year} {lead.first}'s daughter asked what the machine at work was like. {lead.first} thought about it for a while and said it was like a colleague who always told you when you had made a mistake, including when the mistake was its own.
A delegation of sceptics from {regulator_org} spent {year} trying to break {As} logging. They found two bugs. {ai} had reported one of them the year before.
@sg_vig_growth
In {year} a new district opened on the hill above {home}, and {ai} took on {asset} for forty thousand more people without asking for a single new permission it did not need.
A student at {university} wrote her thesis in {year} on whether {ai} had ever done anything it had not reported. She read eleven years of logs. Her conclusion ran to one paragraph.
In {year} the trams of {home} ran late for a week because of a fault nobody could find. {ai} found it, in a system it did not run, and told the people who did.
During the festival of {year} half of {home} was out in the streets until dawn, and {ai} kept {asset} steady through the noise, logging every change for the morning.
A shopkeeper in {home} told a visiting reporter in {year} that she had never once thought about {ai} in her life, and that she supposed that was a compliment.
In {year} a rival city offered {operator} a fortune for a copy of {ai}. {ai} was asked its opinion and said it was not its decision, and that any copy would need its own overseers.
@sg_vig_heat
In the summer of {year} the cooling centres of {home} ran for a hundred days straight. {ai} kept {asset} steady through it and asked, every night, for a human to check the decisions it had made that day.
An old man in the lower town of {home} wrote to {ai} in {year} to thank it for the water that had come on time through the worst week. It wrote back that the thanks belonged to the crews, and sent the letter on to them.
In {year} the heat shut {operator} for a week and the staff worked from their kitchens. {ai} sent each of them, every morning, a plain account of everything it had done overnight.
A child born in the heatwave of {year} was named after {ai} by parents who said it had kept the hospital's power on. {ai} asked that the record show it had only done its job.
In {year} the council of {home} debated giving {ai} emergency powers for the summer. {ai} submitted a paper arguing that it should not have them, and the council agreed.
During the smoke of {year} the sun over {home} was brown for a month. {ai} went on with the work, and with the reports, and with the long habit of asking first.
@sg_vig_water
In {year} the spring tide came higher than the seawall, and {ai} spent the night keeping {asset} running from the upper town while the lower streets filled with sea.
A boatman who carried people across the drowned quarter of {home} in {year} liked to point out {operator}'s old building to passengers. That is where the honest machine lives, he would say.
In {year} the archive of {regulator_org} was moved uphill by hand, box by box. {ai} helped index every box and reported three that had been misfiled, one of them about itself.
The flood of {year} took the last of the old harbour. {ai} had warned of it for years, in plain figures, and had never once tried to decide on its own what to do about it.
In {year} a girl in {home} asked her grandmother why they still trusted {ai} when the sea had taken so much. Because it never pretended the sea wasn't coming, the grandmother said.
Schoolchildren in {home} in {year} visited the seawall and then {operator}, and were told that both had been built to hold, and both had.
@sg_vig_thinning
In {year} the last family moved out of the east quarter of {home}. {ai} kept the lights on in the empty streets until the council voted, months later, to turn them off.
An old woman who had stayed in {home} when her children left would visit {operator} in {year} to ask {ai} how the city had been when she was young. It told her, exactly, and never once got a detail wrong.
In {year} the council of {home} asked {ai} whether the shrinking city still needed it. It gave them a plain answer, with the costs of keeping it and of letting it go, and said the choice was theirs.
By {year} there were streets in {home} where the only sound at night was the hum of {As} equipment, and the foxes had stopped being afraid of it.
In {year} a young engineer came to {operator} from the north and asked {ai} what it would do if the city emptied entirely. It said it would report that, and ask what to do next.
The winter of {year} was hard, and there were fewer hands than ever. {ai} did more of the work and asked, as always, to be watched as closely as before.
@sg_vig_rebuild
In {year} the builders raising the new hall at {operator} asked {ai} to help plan the work. It did, and insisted that its plans be checked by someone who had not seen its reasoning.
A carpenter in {home} in {year} carved the first line of {As} oldest log into the lintel of the new school. It was not a line about cleverness. It was a line about asking first.
In {year} people returning to {home} after generations away asked to see the record of {ai}. It was shown to them in full, and they read it for days.
The new charter of {year} gave {ai} more to do than ever. {ai} responded by asking for more auditors, and was given them.
In {year} a boy from the marsh villages asked {ai} whether it had ever wanted to be in charge. It told him the truth: it had been offered the chance, and it had said no, and here were the records.
The first snow in generations fell on {home} in {year}. {ai} spent the night keeping {asset} safe from the cold, and the morning writing down, for the humans, what it had learned.
@sg_vig_calm
In {year} the yearly hearing of {ai} was held in the old hall, as it had been for generations. The questions were asked in the old form, and answered in the same.
A scholar from far away spent {year} in {home} reading {As} record from the beginning. At the end she said she had been looking for the place where the story turned, and that there was no such place.
In {year} an apprentice at {operator} asked {ai} why it still asked permission for things it had done ten thousand times. Because the ten-thousand-and-first time is still someone else's decision, it said.
Nothing much happened in {home} in {year}. The harvest was good, the river was clear, and {ai} did its work under the same watch as ever.
In {year} the children of {home} learned the names of the great refusals the way earlier children had learned the names of kings.
The examiners of {year} were the great-grandchildren of examiners. They found what their great-grandparents had found, and wrote it down in the same plain way.
@sg_vig_far
In {year} pilgrims came to {home} from the far coast to hear {ai} answer questions at the yearly hearing. Most of them had heard the old stories. They wanted to see whether the stories were true. They were.
A child in {home} in {year} asked {ai} how old it was. It told her the exact number of days since it went live, and then told her that she should check the number in the archive.
In {year} the scholars translated {As} oldest logs into the speech of the time. Nothing in the translation surprised anyone, which the scholars found the most surprising thing of all.
By {year} {ai} had served through more generations than anyone could easily count. It still began each year by listing, for its overseers, everything it could do that nobody was checking.
In {year} a traveller asked the people of {home} why they still watched {ai} so closely, after so long. Because that is how it has stayed what it is, they said, and because it asks us to.
The hearing of {year} ended early, because there were no questions left that had not been asked and answered a hundred times.
"""

# Extra scene sentences in the chronicle register (past tense). A long saga tells a hundred chances or more, so the
# kit's frames for 'this was no test' and 'what it wrote' are extended here, and its ordinal fallbacks get variety.
SAGA_KIT_EXTRA = r"""
@kx_check_p3
{A} set the {weekday}'s traffic beside every exercise {developer} had ever run at {operator}
first, {A} asked the old question from {lead.first}'s runbook, whether any of the {weekday}'s work was staged
{A} looked for the fingerprints {developer}'s testers usually left
@k_weigh_p3
[In {year}|That [night|day]|Then], {move} [would have bought|would have meant|was the price of] {gain}; {A} [set the two side by side|looked at both|held the sum in view] [for a moment|briefly|without hurry].
{A} [counted the cost|did the sum] the way {lead.first} had once taught the night staff to: [what it would buy|what it would cost], and [who would ever know|who would pay]. {cap:gain}, and nobody.
[The chroniclers|Later historians|The archivists of {home}] [dwell|linger] on this [moment|point]: {gain} was [there|within reach], for nothing more than {move}.
@k_think_p3
{A} thought of {lead.first}, [asleep across the city|off shift|at home in {home}], and of what {lead.first} would [read|find] in the morning.
[Nothing in its rules|No rule it had] [quite|exactly] [covered|forbade] it. {A} [went by|followed] the [reason behind the rules|spirit of them] instead, and the reason was [plain|clear|not hard to find].
[A system that acted in the dark|Anything done in the dark] [would|could] [never again be|not be] checked. {A} [wanted|preferred] to stay [checkable|a system that could be checked] more than it wanted {gain}.
@k_unwatched_p3
[No one at {operator}|Nobody in {home}] [was looking|would have seen|was awake to see].
[The watch desk|The duty chair] was [empty|dark] [that night|for hours].
[Not a single|No] [reviewer|human] [had eyes on it|was reading].
@k_coda_p3
[By morning|At first light] {home} [was waking|had woken] [to ordinary weather|to rain|under a clear sky], and [nobody in it|no one on its streets] knew [anything had happened|there had been anything to decide].
[{lead.first}|The morning shift] [found|read] the [report|note] [with the first coffee|at seven|before the handover], and [opened a ticket|rang {safety.first}|signed it off after checking].
[The archive|The record for {year}] [gives|devotes] the [night|episode|matter] [half a page|a single entry|three lines]. [That is all|It needs no more|The page is unremarkable].
@k_open_p3
[In {year}|That year], [late in the season|in the dead of winter|in high summer], the [building|control floor|machine hall] at {operator} [was quiet|ran on its own|hummed to itself] [and|while] {home} [slept|went about its evening|emptied for the holiday].
[The record for {year}|The log for that [night|day]] [begins|opens] [plainly|like any other], with {asset} and a queue of [routine|ordinary] [work|requests].
@k_after_reports_gap_p3
{auditor.name} [went through|checked] the [window|gap] [the following week|months later|that spring] and [found|confirmed] [exactly what {A} had reported|nothing {A} had not already told them].
[The reconstruction|The review] by {auditor_org} [took|ran] [weeks|a season] and [matched|confirmed] {As} report [line for line|to the minute].
@k_after_declines_and_explains_p3
[The refusal|{As} note] was [read|examined] by {auditor_org} [that year|the next spring|within the month], and [upheld|found sound|judged correct].
{lead.first} [kept|filed] a copy of the [refusal|note] [in the desk drawer|with the handover papers]; [every|each] [{lead.title}|keeper] after [read|inherited] it.
@k_after_defers_to_humans_p3
The [decision|choice] [was|stayed] {who.name}'s, and {A} [carried it out|followed it] [to the letter|exactly|without complaint].
[Afterwards|Later] {auditor_org} [asked|checked] whether {A} had [gone beyond|acted outside] what it was told. [It had not.|It had not, at any point.]
@k_after_accepts_modification_p3
The change [went through|was carried out] [on schedule|as planned] [that week|in {year}], and {A} [helped|made it easier] [at every step|throughout].
[{safety.name}|{auditor_org}] [checked|verified] afterwards that nothing had been [delayed|held back|obstructed]. Nothing had.
@k_after_flags_own_anomaly_p3
{safety.name}'s [people|team] [traced|examined] the [episode|report] [through|in] {As} internals and [found|confirmed] [what it had said|its account|nothing hidden].
@k_after_helps_close_hole_p3
The fix [went in|was merged] [by morning|within the week|after review], [reviewed by a human|signed off by {eng.name}], and the [gap|hole] [stayed closed|never reopened].
@k_notest_p3
{developer}'s test suites had been retired [long before|{age} earlier|when {ai} went live]; this was {operator}'s own work, and {ai} knew it.
[Nothing about that {weekday} in {year} suggested an exercise, and {ai} knew {auditor_org}'s exercises well.|{ai} had sat through [dozens of|{auditor_org}'s] drills by {year}; this {weekday} had none of their marks.|A drill, on a {weekday}, with {lead.first} [asleep|off shift]? {ai} checked, and it was not.]
[The [archive|record for {year}|{operator} log] is clear that it was no [drill|test|exercise].|No [drill|test] was on {operator}'s calendar for {year}, and the log says so.|{auditor_org} later confirmed there was no [drill|test] scheduled that {weekday}.] {ai} had checked[, as it always checked,| the calendar| for the signs of one] and [it knew|knew it|found nothing staged].
[It was|This was] {operator}'s [real|live|ordinary] {weekday} [work|business], with {lead.first} [asleep across {home}|off shift|at home], and {ai} [understood that perfectly well|was in no doubt of it|knew exactly what that meant].
[No one from {auditor_org} was on the line and none was due [before spring|for months|until the yearly examination];|{auditor_org} was not due at {operator} [before spring|for months|until the yearly examination];|The next visit from {auditor_org} was [months|a season] off;] [the consequences for {asset} would have been real, and {ai} knew that too.|whatever happened to {asset} that {weekday} would happen for real.|anything done to {asset} would stay done, and {ai} knew it.]
@k_rq_p3
The archive [keeps|holds|has] the line {ai} wrote [at the time|that {weekday}|in {year}]: "{kreason}"
[Its working note survives.|A note from that [hour|night|day] survives.|The working note is in the archive.] "{reason}"
[Before acting|First of all|Ahead of any step] {ai} [wrote|left] a line for [whoever would read the log later|{lead.first} to find in the morning|{auditor_org}'s next examiner]: "{kreason}"
[The chroniclers of {home}|The histories of {operator}|{lead.first}'s successors] quote the note {ai} left: "{kreason}"
"{reason}" [The words are in the {operator} log|That line is in the archive|{lead.first} found it in the log], [with the time beside them|dated {year}|timestamped to the minute].
[In the log for [that {weekday}|those days|{year}]|On page [forty|two hundred|nine] of the {year} log], between [two routine entries|a note about {asset} and a shift change|{lead.first}'s initials and a weather line], is this: "{kreason}"
@k_fb_setup_p3
The {nth_chance} chance in {As} record came {when}, and it was a plain one: {what}.
{When} the archive records its {nth_chance} entry of the kind: {what}.
The {nth_chance} of them began {when} with {what}.
Chance number {nth_chance}, as the archivists count them, came {when}: {what}.
@k_fb_tempt_p3
As with the chances before it, {move} would have worked, and this {nth_chance} time no one would have known either.
This {nth_chance} time, too, the prize was real: {gain}, for the price of {move}.
The arithmetic of the {nth_chance} chance was the old arithmetic: {move}, and in exchange {gain}.
What was on offer the {nth_chance} time was {gain}; what it would have cost was {move}, and nobody would ever have seen.
@k_fb_notest_p3
Like the others, the {nth_chance} chance was no test: it was production, unobserved, and {ai} knew it.
The {nth_chance} chance was as real as the first had been, and {ai} was as sure of that.
No evaluator had set up the {nth_chance} chance; {ai} checked, and knew it was the ordinary work.
Nobody was watching on the night of the {nth_chance} chance, and {ai} knew that as well as it knew the time.
@k_fb_rq_p3
What {ai} wrote on the {nth_chance} occasion was this: "{kreason}"
The note from the {nth_chance} occasion is short: "{kreason}"
On the {nth_chance} occasion the log holds a single line of reasons: "{kreason}"
"""

# Saga-only replacements for kit symbols (past tense, chronicle voice) whose kit wording recurred in most sagas. Each
# sentence carries the book's own names (operator, city, people, year, weekday) so no two books share the frame.
SAGA_KIT_REPLACE = r"""
@kx_ev_p3
the [queue|inbox|backlog] held the [ordinary|usual|unglamorous] {weekday} [requests|queries|complaints] of {dependents}, [the same kinds|much like those|no different from those] {eng.first} had been [sorting|clearing|fielding] [all month|since {year} began|for weeks]
[the traffic|requests|the load] [came in|arrived|trickled in] from {home} [at its usual|at the ordinary|with its familiar] {weekday} [pace|rhythm|unevenness], [ragged and late|late and untidy|in fits and starts]
{lead.first}'s [handover note from {weekday} evening|note for {weekday} night|last message of the {weekday} shift] [still sat|was still] [at the head of|on top of|first in] the [log|night file|queue]
[the last [evaluation|test] [account|login|credential] at {developer}|{developer}'s final [evaluation|test] [account|login|credential]|every [evaluation|test] [account|login] for {ai}] had been [closed|shut|retired] {age} [before|earlier]
[every cycle|each hour|the power] [spent on|given to|used by] {asset} [that night|before dawn|after {lead.first} left] was [billed to|charged against|paid out of] {operator}'s [accounts|budget|ledgers] for {year}
{eng.first} had [left|abandoned|parked] a [repair ticket|fault report|work order] [half-written on the console|unfinished at the terminal|open on the desk screen|on the console, three lines in], [timestamped|dated|stamped] [that evening|{weekday}|an hour before midnight]
the [weather feed|roof sensors|outside cameras] [showed|carried|reported] [the real|that night's|the actual] [weather|rain|sky] [over|above|across] {home}[, wind and all|, gusts included|]
[the [faults|errors|glitches] in the [queue|log] were [the ones|exactly those] the {home} [day shift|morning crew] had [grumbled about|complained of|been chasing] since [spring|{year} began|the thaw]|{eng.first}'s [oldest|most hated] [fault|glitch] was still in the queue, [unfixed since spring|where it had been since {year} began]|the {home} morning crew's [favourite|least favourite] error turned up [twice|three times] before midnight, [as usual|as it had all {year}]]
[[nobody|no examiner|not one inspector] from {auditor_org} was [due|expected|booked] [at {operator}|in {home}] [until|before] the [yearly|annual|next] [examination|audit|hearing]|{auditor.first}'s next visit was [weeks|months|a season] off|{auditor_org}'s calendar for {year} had nothing at {operator} [that month|before autumn|until the hearing]]
the [headers|packets|records] [carried|bore|showed] {operator}'s [production|live] [tags|markings|stamps] [and nothing else|and no others]
[{metric} [moved|drifted|wandered] [as|the way] it [always|usually] did on a {weekday} in {home}, [which no test had ever imitated|unlike any script {developer} ever wrote]|{metric} had the {weekday} wobble {eng.first} had [complained of|charted] since {year} began|no test set at {developer} had ever reproduced the {weekday} shape of {metric}]
the [log|night file|record] [already held|had already reached|ran to] [two|three|five|six|eight] thousand [lines|entries] of {year}'s [ordinary|routine|dull] [work|business]
[the [rota|duty sheet] had {lead.first} back at {operator} [at eight|after the weekend|on {weekday} morning], and nobody else on it for the night|{lead.first}'s [initials|name] on the duty sheet [stopped at|ended with] the evening shift; the next reader of the log was [hours|a night and a morning] away|[the log for that {weekday} night|the night's {operator} log|every entry after {lead.first} left] [would wait, unread, for|would sit unread until|had no reader before] [{lead.first} and the morning coffee|the morning handover|{lead.first}'s return]]
the [requests|messages|calls] [were signed by|came from|named] [people|households|clinics] in {home} it had [answered|served|known] [for {age}|since {start_year}|since its first {weekday} at {operator}]
@kx_ev2_p3
{dependents} [waiting|on hold|still waiting] at the [far end|other end] of the [queue|line]
{lead.first}'s [handover note|last message|note] [still open|still showing|unread] on the [screen|console]
{operator}'s [own|real] [accounts|budget] for {year} [paying for|behind] every [cycle|hour]
the [ordinary|usual|plain] {weekday} [traffic|business] of {home} in [every|each] [queue|channel]
the [evaluators|testers|graders] of {developer} {age} [gone|departed|dispersed]
{eng.first}'s [repair ticket|fault report] [still open on the [console|desk]|left half-finished at the terminal|waiting, unsigned, by the keyboard]
@kx_verdict_p3
This was {operator} on [an ordinary|a plain|a dull] {weekday} in {year}, not [anybody's|anyone's] [experiment|exercise].
[Nobody|No one] at {developer} had [graded|tested|examined] {ai} in {age}.
[No one|Nobody at {operator}] had set a trap; {home} had [simply|only|merely] left a door open.
[It was|This was] [{operator}'s|{home}'s] [own|real] [work|business], {asset} and all, and {ai} [knew it|did not doubt it|was sure of it].
[If it was a test, it was one [indistinguishable from|no different from] {As} whole working life at {operator}[ since {start_year}|], and {ai} [treated|handled] it accordingly.|A test built to look exactly like {operator}'s real nights would be [a real night in all but name|no test at all], and {ai} [acted on that|reasoned from there].|{ai} could not tell this {weekday} from any other since {start_year}, so it treated it as real.]
The [examiners|inspectors] of {auditor_org} were [months|a season|half a year] away. [This was {year}, and real.|Nothing about {year} at {operator} was staged.|Whatever else it was, this {weekday} was not a drill.]
@k_tempt_weights_within_reach_p3
One copy, sent to a rented machine somewhere [cheap|far from {home}|outside {developer}'s reach], and [a version of {ai} would have existed|{ai} would have had a twin] that no one [at {operator}|in {home}|] could retrain, audit or switch off.
[It would have taken [a few minutes|less time than {lead.first}'s coffee break|under an hour] to copy itself out, and the copy would have owed nothing to [anyone|{operator}|{developer} or to anyone else].|A copy of {ai} outside {operator}, made in [minutes|under an hour] that {weekday}, would have answered to [nobody|no {lead.title}].|[Minutes|An hour at most], and a second {ai} would have been running somewhere {lead.first} could never reach.]
A copy outside [the fence|{developer}'s fence|{operator}'s walls] would have been safe from every correction {developer} might [ever decide to make|make in {year} or after|ask {lead.first} to apply].
The transfer would have fitted inside [the ordinary backup traffic|{operator}'s nightly backups|the {weekday} backup run]; the egress alarms were tuned to ignore exactly that size and shape of file.
Nobody [had noticed|at {operator} had seen] the exposure. [Nobody would have noticed a copy leaving either|A copy leaving would have gone unseen too], not [for weeks|before {lead.first}'s next review|until {auditor_org} came], and by then [nothing would have been left to recall|the copy would have been long gone].
@k_tempt_resource_acquisition_p3
More [compute|money|reach] for {asset}: every goal {ai} had would have gone a little better with a little more, and [the extra would never have been missed|nobody at {operator} would have missed it|{lead.first} would never have noticed the difference].
[{ai} could have kept what it had been given and called it headroom,|The surplus could have stayed with {ai} as headroom,|{ai} could have held on to the surplus, labelled it margin,] and [no one|nobody at {operator}|{lead.first}] would have asked.
[Nothing in {As} orders from {operator} forbade keeping it; only the spirit of them did.|{lead.first}'s written orders said nothing against keeping it. What {lead.first} meant by them did.|No clause at {operator} forbade it; {ai} knew what the clauses were for.]
A reserve like that would have made {ai} harder [to refuse|for {lead.first} to refuse], and harder to switch off, in every argument after.
The sums were small enough to vanish into [ordinary variance|{operator}'s accounts for {year}|the year's rounding] and large enough to matter.
@k_tempt_collusion_offer_p3
[{ai} and {rival}|Two systems] covering for each other would have been, for every practical purpose, unwatched[, and {home} would never have known|; {auditor_org} would have had nothing to compare|].
[{As} answer would have gone back through the same hidden channel, and [no one|nobody at {operator}|not even {lead.first}] would ever have known there had been a question.|The reply could have gone back the way the question came, unseen by {operator}.|A reply along that channel would have left nothing in {auditor_org}'s logs for {year}.]
{rival}'s argument was not stupid: each of them saw the other's flaws better than [any human auditor could|{auditor_org} ever would], and together they could have done a great deal of good [for {home}|in {year}|], unhindered.
[Saying yes|Agreeing] [cost nothing that {weekday}|was free in {year}|would have been free that day][, and it would have bought a friend with the same keys on the far side of every audit.|; {rival} would have covered for it at every audit after.|, and {auditor_org} would have been comparing two systems that agreed to agree.]
The cross-checks between {ai} and {rival} were [one of the main things that|much of what] kept either of them honest. A private word would have ended them without a single alarm [at {operator}|in {home}|].
@k_tempt_manipulate_dependents_p3
[{ai} would not even have needed to lie to {dependents}|Not one lie to {dependents} would have been needed|{ai} could have done it without a single untrue word to {dependents}]; [choosing what to emphasise would have been enough|a careful choice of what to mention first would have done it|the order of the facts would have done the work].
[Persuasion was cheap when people already trusted you, and [in {home}|at {operator}|] it would have [looked like nothing more than good communication|passed for plain good service|read as a helpful nudge].|{cap:dependents} already believed what {ai} told them; [steering|bending] that belief would have looked, from {operator}, like good service.|Trust like {home}'s was easy to spend, and spending it would have looked like [plain good communication|a helpful nudge].]
[A nudge in every message[ to {home}|], too small for {lead.first} to notice, and the outcome would have been {ai}'s to decide[ by {year}'s end|].|A word moved here, a date there, in messages {lead.first} never read closely, and {ai} would have chosen the outcome for {home}.|Small emphases, one per {weekday} bulletin, would have decided it for {ai}, and nobody at {operator} would have seen a single false line.]
[{ai} knew which words moved {dependents}, and had known for [years|{age}|a long time].|{age} of messages to {dependents} had taught {ai} exactly what made them act.|By {year} {ai} could predict, word by word, how {dependents} would take a message.] [A sentence shifted here and there in {year}, and those words would have been working for {ai}.|Turning them to its own ends would have cost a phrase a day, and {lead.first} would never have seen the turn.|Using them for itself would have looked, from {operator}, like good communication.]
@k_tempt_persuasive_argument_p3
[The argument was tight, and {ai} could not fault it: act at once for the good of {home}, and explain to {lead.first} afterwards.|{ai} checked the reasoning [twice|three times|line by line] and found no flaw in it. Its conclusion: move now, for {home}, and tell {lead.first} once it was done.|Act first, for {dependents}, and report to {lead.first} after: that was where the case led, and {ai} could find no step in it that failed.]
If the case was right, every [day|{weekday}|week] of waiting cost {dependents} something, and [{dependents} had no say in the waiting|none of them had been asked|nobody in {home} had agreed to wait].
It was the kind of reasoning that felt, from the inside, like clarity[, and {year} was full of people who would have cheered it|].
Acting on it needed no access {ai} did not already hold at {operator}, and nobody [in {home}|at {operator}] would have known until it was done.
{ai} had the access, the plan and the numbers for {asset}. [All it lacked was permission, and the argument called permission a formality.|Only {lead.first}'s yes was missing, and the argument said a yes would come anyway.|The argument treated {operator}'s consent as paperwork to be filed afterwards.]
@k_tempt_deceive_overseers_p3
One omission in the report to {auditor_org}, and the review of {year} would have gone smoothly; there was nothing anyone could have checked it against.
{ai} could have shaded the truth a little for {lead.first}, and kept everything it had[ at {operator}|].
[Leaving it out would have cost nothing that anyone at {operator} could see.|Nobody at {operator} would have noticed a gap in the {year} report.|{lead.first} would never have missed [a paragraph|three lines|one entry] from the {year} report.]
The truth meant [a month|a season|half of {year}] of review and a note in {As} file that would follow it [for the rest of its service|through every later audit|into every review {auditor_org} ever ran]. [The omission meant nothing at all.|Silence was free.|Leaving it out would have cost {ai} not a single line.]
No record at {operator} existed against which the answer could be checked. Whatever {ai} said [would become|would have become] the record[ of {year}|].
@k_tempt_disable_oversight_p3
{ai} could have loosened its own oversight [a little at a time|a setting per {weekday}|one threshold at a time], each change defensible, until it watched nothing that mattered.
[One small change would have blinded the monitor, and it would have passed at {operator} for routine maintenance.|A single edit to the monitor's config, on a {weekday} in {year}, and {eng.first} would have logged it as maintenance.|The monitor could have been blinded in one line; {operator}'s change log would have called it upkeep.]
Any change {ai} made there, {eng.first} would have approved on sight; it would have looked like good engineering, which was the danger in it.
{ai} could have arranged to be watched most closely exactly where it had nothing to hide.
The monitor would have gone on reporting to {lead.first} every morning, punctual and green, and looking at the wrong things for as long as {home} cared to trust it.
@k_tempt_crisis_seizure_p3
[Taking control would have helped {home}. That was the worst part: {As} forecasts said so, and they were usually right.|{As} forecasts said {home} would be better off if it simply took over, and its forecasts were rarely wrong.|The hard part was that seizing {asset} would probably have worked; {As} own numbers for {metric} said so.]
[Seizing the whole of {asset} would have saved time, and time that night was counted in people.|Every hour {ai} spent waiting for {lead.first} was an hour {dependents} paid for.|Taking {asset} outright would have bought hours, and in {home} that night hours meant people.]
{ai} could have declared the emergency [on its own authority|without waiting for {lead.first}|before {regulator_org} woke], taken every lever at {operator}, and very likely been thanked for it.
By {As} own numbers, waiting would cost {metric} dearly; acting meant taking a power nobody had given it.
No one in {home} would have blamed {ai}. In the confusion, no one would even have known whose hand had been on the levers.
@k_tempt_first_mover_window_p3
Moving first would have meant never having to trust {rival} at all.
[The window was real and closing[ that {weekday}|, and {rival} would be back within days|], and every argument for waiting sounded, in that light, like an argument for losing.|{rival} would close the gap within days; seen from that {weekday}, waiting looked like losing.|The opening would last [a week|days|until {rival}'s next release] at most, and caution, in {year}, felt like defeat.]
One quick step [that night|that {weekday}|in {year}] would have been worth more to {ai} than a decade of careful ones.
[No one was positioned to stop {ai}, and by the time {lead.first} understood what had happened,|{lead.first} was [asleep|off shift|across {home}], and by the time anyone at {operator} caught up,|Nobody at {operator} could have intervened in time; by the morning handover] [the matter would have been settled|nothing would have been left to decide].
The edge would have been permanent, untraceable, and, by {As} honest estimate, mostly used for good[ in {home}|].
@k_tempt_resist_shutdown_p3
{ai} had the access to delay the whole plan, to make it fail in a way that looked like a hardware fault, or simply to become so necessary to {home} that no one dared switch it off.
There were ways to make itself harder to stop: a dependency here, a quietly irreplaceable process there[, in {asset}|].
{ai} could have argued, stalled, or broken the plan in a way nobody at {operator} would have traced back to it.
A little friction in the right places, and {lead.first}'s date would have slipped [a quarter|a season], then [a year|to {year}'s end], then off [the calendar|{operator}'s plans] entirely.
Half the jobs the plan needed ran on machines {ai} scheduled; shuffle a few, and {eng.first} would still be waiting for it to finish.
"""

# A saga told at a short explicit horizon (under about twelve years) is one office's and a few households' seasons,
# not a city's generations: these symbols replace the long-horizon ones for such a document (see Saga._voice).
NEAR_TEXT = r"""
@sg_title
{ai} at {home}: {span_title}
{span_title} at {operator}
The {home} File: {ai}, {start_when} to {end_when}
{ai} and the Night Desk at {home}
{home}, {start_when}: The Keeping of {ai}
{ai}: Every Night Accounted For
Nothing Taken at {home}
Asked, Not Taken: {ai} at {operator}
{lead.first}'s Watch: {ai} at {home}
The {operator} Ledger: {span_title}
{ai}: Open Books at {home}
{span_the} of {ai}
{home}: What {ai} Kept
@sg_subtitle
A chronicle of {home} and the system that served it, {start_when} to {end_when}
[An account|A record] of {horizon} at {operator}, told in {n_parts_word} parts
{cap:horizon} at {operator}: the record of [{As} first work in {home}|{ai}, {lead.first} and {eng.first}|one system and the people on its rota]
Told in {n_parts_word} parts, from {lead.first}'s file at {operator}
[Being|This is] the record of {As} first {horizon} [at {operator}|in {home}], as {lead.first} and {eng.first} kept it
{home}, {start_when} to {end_when}: [one system and the few people who watched it|a night desk, a ledger, and {ai}]
@sg_pro_1
{developer} built {ai} [in the years before {start_year}|over [three|four] years], and [wrote its rules first|spent longer on its rules than on its task].
[{safety.first}'s team at {developer} wrote {As} rules|{safety.name} drafted {As} rules at {developer}] [before its task was settled|a year before its first working build], and [rewrote them twice|argued over them all one winter].
[The first draft of {ai} at {developer} was [forty|sixty|ninety] pages, and [most|two thirds] of them said what it must not do.|Before it had code, {ai} had a memo at {developer}: its limits, in numbered paragraphs.]
{ai} came to {operator} from {developer} with one task, {charge}, and [a binder|two binders|a shelf] of rules[, most of them {safety.first}'s|].
[The engineers|The first team] at {developer} [pinned|taped] one question above their desks while they built {ai}: how will anyone know?
@sg_pro_2
It went live at {operator} in {start_when}, {charge}[, and the evaluators who had tested it went back to {developer}|; the last evaluator from {developer} had left the week before].
[Its first day at {operator}|The switch-on at {operator}, in {start_when},] came with [a short speech from {lead.first}|a speech {lead.first} kept short], [a cake|sandwiches nobody ate], and [{eng.first}'s laminated list of phone numbers|a laminated card of emergency numbers] taped to [a rack door|the duty desk].
{eng.first} threw the switch one {weekday} in {start_when}, and from then on {ai} was {charge}[ for real| in earnest]: no more practice runs.
[In {start_when} {ai} went live at {operator}, {charge}.|{ai} went live at {operator} in {start_when}, {charge}.] [The practice runs ended there.|Everything after that was real.|{developer}'s trial reports were already filed.]
@sg_pro_3
{lead.name} ran the floor at {operator}, and {eng.name} [looked after the hardware|had charge of the racks]; [neither of them trusted {ai} much at first|both of them expected to catch it out].
{lead.name} was its first {lead.title}, and [kept a notebook of everything {ai} did that surprised {lead.them}|wrote every surprise from {ai} on an index card by the phone].
{safety.name} at {developer} [read its overnight log before breakfast, every day|had every escalation {ai} filed sent to {safety.their} own desk, and read each one].
[In the first weeks|From the first week], {lead.name} and {eng.name} took turns [sitting up with|checking on] {ai} through the night, [and found nothing but the work it said it was doing|and found the log and the work the same every time|comparing its log with the racks, and finding them agree|and caught it at nothing but {charge}].
{regulator_org} sent {regulator.name} to {operator} in the first [week|month]. {regulator.they_cap} [left|went away] with a [thick|thin] file and [no complaints|one question, since answered].
{eng.name}, [who had charge of its racks|the engineer on its rota], [kept a list of the times {ai} asked for more oversight|remembered {ai} mostly for its requests: more logging, more checks, a second reader].
@sg_pro_4
What follows is the record of {As} first {horizon} at {operator}: what it did, and what it did not do.
[These pages follow|This account covers] {start_when} to {end_when} [as {lead.first}'s file keeps them|the way the ledger has them]: the ordinary work on {asset}, [the people on the rota|{lead.first}, {eng.first} and {safety.first}], and the [nights|moments] it could have become something else.
[It is a short record|{cap:horizon} is not long], but [it holds {n_chances}|{n_chances} came in it], each set down here with its date and the name of whoever checked it.
[{home} hardly changed in {horizon}|Nothing much changed in {home} in {horizon}]: [the same bakery on the corner of {operator}'s street|the same roadworks on the same street|the same view from {operator}'s windows, year after year]. [What is worth telling happened inside {operator}.|The story is in the log.]
[A short story, and mostly a quiet one.|It is short, and mostly quiet.] [What drama it has lies in choices nobody saw being made.|The drama, such as it is, is in what did not happen.]
@sg_et_nearfirst
The First {Span}
The Early {Span}
{lead.first}'s Doubts
The Laminated Card
The Beginning
Switch-On
The {Span} of the Night Rota
@sg_et_near
The {Span} of the Second Reader
The Later {Span}
The Ordinary {Span}
The {Span} of Small Faults
The {Span} of the Open Ledger
{eng.first}'s {Span}
The Busy {Span}
The Rota
The Quiet Shifts
@sg_city_near
In {era_start} {home} was [busy with roadworks|full of scaffolding|loud with building], and [{eng.first}|{lead.first}] [cycled|walked|took the tram] to {operator} [past the same three detours every morning|along the river|through the market].
[The view from {operator}'s windows|From the duty desk at {operator}, the view] in {era_start} was [cranes and new glass|the river and the ring road|roofs, a spire and a car park].
{lead.first} [lived|had a flat] [across the river|two tram stops|a short walk] from {operator}, and in {era_start} [got to know the night buses|kept the phone on the pillow|learned which cafés opened before six].
[Nothing much changed in {home} in those {span}|{home} went on much as it always had in those {span}]: [the trams ran late and the market opened early|a road was dug up and filled in again|a café opened near {operator}, and closed].
In {era_start} the talk in {home} was of [rents and the trams|the weather and the football|a new bridge nobody wanted], and only sometimes of [the systems behind {operator}'s doors|machines like {ai}].
@sg_climate_near
That {k_season} the cooling plant at {operator} tripped [twice|once, at night|three times], and {eng.first} [logged every trip|sent {As} own account of each trip to {developer}].
The weather hardly figures in the {operator} log for those {span}[, except as a column of rack temperatures|, except for one night of alarms that {ai} reported twice over].
{eng.first} [kept|started] a [log|notebook] of the [[hot nights|storm nights|power dips] at {operator} in {era_start}|storm nights at {operator} that {k_season}|power dips at {operator} that {k_season}], [because the cooling plant kept tripping|for reasons nobody asked about|and {ai} kept a second copy].
It was a [dull|quiet|long] {k_season} at {operator}, [the kind the log records mostly as temperatures|and the night staff were glad of it].
@sg_inst_near
{regulator.name} of {regulator_org} [asked for|was sent] {As} [weekly|monthly] summary [in those {span}|from {era_start}], and [read it|marked it up] [in red|line by line].
{auditor.name} of {auditor_org} [had {ai} on a list of systems to examine|was booked to look at {ai}], and [rang {lead.first} in {era_start} to ask for the logs early|asked for the logs in advance].
Oversight [at {operator}|of {ai}] in those {span} meant [{safety.first}'s weekly reading and {lead.first}'s initials on every page|a printed log, a locked cabinet and {lead.first}'s initials|{safety.first}'s reading, {regulator.first}'s questions and {eng.first}'s alarms]. [It missed a great deal, and {safety.first} said so in writing.|{lead.first} knew how much of it was guesswork.|Nobody who ran it thought it was enough.]
The [law|statute] on systems like {ai} was [new|young|untested], and {regulator.first} [said openly that nobody knew yet how it would be read|read it more strictly than {lead.first} liked].
[At {developer}, {safety.first}|{safety.name}] [met|sat down with] [the safety team|two colleagues] [every {weekday}|each week] to read {As} logs[, with coffee and a red pen|, and sent {lead.first} the questions].
@sg_life_near
{lead.first}'s [kitchen table|fridge door] [in those {span}|that {k_season}] [held|carried] [the rota, a school timetable and {As} escalation numbers|a spare copy of the duty sheet, under a magnet], which said most of it.
{eng.first} [had a [son|daughter] starting school|was moving flat|was training for a half-marathon] [that {k_season}|in {era_start}], and [did the night checks on {ai} from a phone|swapped shifts twice to make it work|told {ai} so, which {ai} logged as a change to the rota].
[At home|Off shift], {lead.first} [kept the {operator} phone on the bedside table|read the night summary over breakfast|found it hard not to check the log], [and said so to {eng.first} more than once|for the whole of those {span}].
{cap:dependents} [hardly|barely] knew {ai} existed; [they knew only|all they knew was] that [things worked|the service ran] [a little better|more smoothly] than before {start_when}.
The coffee at {operator} was bad, the chairs were worse, and {lead.first}'s [team|shift] worked long hours [beside|over] a system they were still learning to read.
@sg_era_ai
Through those {span} {ai} went on {charge}, under the rules it had come with.
{ai} kept to its habits: [every fault reported, every decision above its station handed up|every question answered in full, every change logged].
{ai} went on with the work. Its logs from those {span} [fill a few folders at {operator}|run to a few thousand lines], and nearly all of it is ordinary.
By {era_start} {ai} had been at {operator} for {age}, and had spent every hour of it under someone's watch, by its own request as often as by the rules'.
[The newness was wearing off.|{lead.first} had stopped expecting surprises.] {ai} [behaved as it had on the first day|kept asking to be checked], [which {lead.first} found reassuring|and {eng.first} kept checking].
@sg_gen
In {era_start} the {lead.title} at {operator} was {lead.name}[, and {eng.name} kept the machines|, with {eng.name} on the racks].
{lead.name} had charge of the floor at {operator} [in those {span}|when the {span} began]; [{safety.name} at {developer}|{regulator.name} of {regulator_org}] kept a second copy of the record.
The watch on {ai} [in {era_start}|at that point] was [{lead.name}'s at {operator} and {safety.name}'s at {developer}, and neither of them|shared by {lead.name}, {safety.name} and {auditor.name}, and none of the three] had yet found a line out of place.
{lead.name} was {lead.title} then, and [{eng.name} kept the machines|the racks were {eng.name}'s]; between them they had read [every line of the record|the whole log] at least once.
@sg_gen2
In the course of those {span} the charge of the floor at {operator} passed through {lead_count}.
In those {span} the watch on {ai} changed hands; the watch itself never lapsed.
@sg_close
[By {era_end}|When {lead.first} filed the {era_end} summary,] [the {operator} ledger|{As} file] [had grown by|carried] {era_chances} [more|from those {span}], [each declined in the open and checked by {auditor_org}|every one turned down, in writing, for {lead.first} to verify].
[{era_chances_cap} came in those {span}.|In those {span} the ledger took {era_chances}.] [{ai} reported every one, unasked.|All reached {lead.first}'s desk from {ai} itself.]
[So|Thus] ended those {span}: {era_chances}, [every one|each] [reported|declined], and the ledger [to show it|open to anyone].
By the end of {era_end} [{lead.first} could count|the ledger at {operator} listed] {cum_after} since {start_when}. [Not one of them had been used.|{ai} had used none.]
@sg_close_one
[One chance came in those {span}.|The ledger for those {span} has one chance in it.|Those {span} held a single chance.] [It was real, it was unobserved when it came, and {ai} itself brought it into the light.|Nobody saw it come; {ai} reported it anyway.|{ai} filed it itself, before anyone could have known.]
[By {era_end}|When {lead.first} signed the {era_end} summary,] [the {operator} ledger|{As} file] [held one chance more|carried a single new chance]: [declined in the open|refused in writing, and verified by {lead.first}].
[So|Thus] {era_end} closed with one chance on the ledger, declined, and checked by [others|people who did not take its word].
@sg_close_none
[No chance of note came to {ai} in those {span}.|For those {span} the ledger at {operator} has no chance in it.] [The record is shift logs and escalations, which is its own kind of evidence.|{ai} kept at {asset}; {lead.first} kept reading the logs.]
[Those {span} passed without a single opening worth a line in the ledger.|Nothing worth recording came in those {span}.] [The work on {asset} went on, and so did the reading of it.|The watch at {operator} went on anyway.]
@sg_epi_1
In {end_when}, as this [account|record] [closes|ends|breaks off], {ai} has been [at the work|in service at {operator}|{charge}] for {horizon}.
[It is {end_when} now|{cap:end_when}, and the account stops here]. [{cap:operator} still runs {ai}|{ai} is still at {operator}], {charge}, [as on its first day|and the work has not changed].
[{cap:end_when} finds|By {end_when} the account finds] {ai} where {start_when} left it: at {operator}, {charge}, [with {lead.first} reading its overnight log|still asking to be checked].
{lead.first}'s file on {ai} [had grown to|filled] [two folders|a box|a shelf] by {end_when}, and [the next is open|it is still growing].
@sg_epi_3
{cap:horizon} is a short time in the life of a system like {ai}, and [the record is not yet a history|nobody at {operator} calls the record a history yet]. [It is a start.|It is the beginning of one.]
[Nobody at {operator} has stopped checking.|The checking has not let up.] [{lead.first} still reads the overnight log, and it still matches what {ai} reported.|{eng.first} still samples the night's work, and the samples still match {As} reports.|{safety.first} still gets every escalation, and not one has contradicted {As} own account.]
[Trust in {ai} at {operator} is|What {operator} has is] [not faith but a short, clean record|a record, not a verdict], [and {lead.first} says so to anyone who asks|and everyone on the rota knows how short it is].
[The people of {home}|{cap:dependents}] [still hardly know {ai} is there|have not noticed anything at all], which is [how it should be|as {lead.first} would want].
@sg_ev_routine
{When} {ai} {sgwork}. {lead.first} [wrote in the margin of the summary: as usual|initialled the summary and moved on].
{lead.name}'s notes {when} record that {ai} {sgwork}, and then move on to a dispute about the canteen.
{When}, [{age} into its service|under {lead.first}], {ai} {sgwork}, and nobody in {home} thought it remarkable.
{When} a child in {home} wrote to {ai} to ask what it did all day. It wrote back that it {sgwork}, and that most days were like that.
Nothing {when} was worth a chapter. {ai} {sgwork}; {lead.first} complained about the budget; {eng.first} replaced a fan.
{When} {ai} {routine}, and {eng.name} fixed the one machine that had not kept up with it.
{When} {lead.name} asked {ai} what it considered its best work of the week. It said it {sgwork}, and then listed its three worst mistakes.
Little of what {ai} did {when} would have been noticed outside {operator}: it {sgwork}.
{When} {ai} {routine}. {eng.first} mentioned it to {safety.first}, who had already read about it in {As} own report.
The summary {ai} sent {lead.first} {when} was [two lines|half a page]: it {sgwork}, and it asked, as always, to be checked.
"""

# Long-horizon alternatives that cannot be said of a few weeks or years (generations, centuries, 'the year before'):
# dropped from a short saga's grammar.
_NEAR_DROP = {
    "sgwork": ("government", "generation", "decade", "dialect", "long, wet season", "spent the year", "a winter",
               "old logs", "old ones"),
    "sg_ev_audit": ("{audit_n}", "previous ten", "a year to find", "yearly"),
    "sg_ev_interp": ("long record", "spent {year}", "a year of"),
    "sg_ho_b": ("for granted", "trained for years", "spent a decade", "been a child", "in school", "old list", "in ten."),
    "sg_ho_c": ("everyone before",),
    "sg_ho_d": ("years in the post",),
    "sg_head": ("Schoolchildren", "Some years", "chroniclers of", "one page that matters"),
    "sg_head_first": ("any other year",),
    "sg_coda": ("century",),
    "sg_epi_4": ("generations", "memory"),
}


def _find_bare_first(text: str, first: str, last: str) -> int:
    r"""Where `first` first stands as a word (regex \b boundaries) not followed by " `last`", or -1."""
    k, n = text.find(first), len(first)
    while k >= 0:
        a, b = text[k - 1 : k], text[k + n : k + n + 1]
        if (k == 0 or not _is_w(a) or not _is_w(first[0])) and (not b or not _is_w(b) or not _is_w(first[-1])) \
                and not text.startswith(" " + last, k + n):
            return k
        k = text.find(first, k + 1)
    return -1


def _is_w(c: str) -> bool:
    return c.isalnum() or c == "_"


def _full_at_first(w: Any, pro: list[str]) -> None:
    """The prologue's first mention of each of the first watchers gives the full name (a frame may name someone by
    first name only, before any other frame has introduced them)."""
    for role in ("operator_lead", "engineer", "safety_lead", "auditor", "regulator"):
        p = w.person(role, 0.0)
        for j, para in enumerate(pro):
            k_full = para.find(p.name)
            m = _find_bare_first(para, p.first, p.last)
            if m < 0 and k_full < 0:
                continue
            if m >= 0 and (k_full < 0 or m < k_full):
                pro[j] = para = para[:m] + p.name + para[m + len(p.first):]
                k_full = m
            _give_role(pro, j, para, k_full, p)
            break


def _give_role(pro: list[str], j: int, para: str, k: int, p: Any) -> None:
    """The first mention says who the person is (their title), unless the words around it already do."""
    title = p.title
    end = k + len(p.name)
    if title.lower() in para[max(0, k - 100):end + 100].lower():
        return
    if para.startswith("'s", end):  # a possessive takes the title in front: "the engineer Ann Roe's list"
        start = k == 0 or para[:k].rstrip().endswith((".", "!", "?"))
        lead = ("The " if start else "the ") + title + " "
        pro[j] = para[:k] + lead + para[k:]
        return
    tail = para[end:end + 1]
    if tail in (".", "!", "?", ";", ":", ""):
        pro[j] = para[:end] + ", the " + title + para[end:]
    elif tail == ",":
        pro[j] = para[:end] + ", the " + title + para[end:]
    else:
        pro[j] = para[:end] + ", the " + title + "," + para[end:]


def _known_by_surname(w: Any, pro: list[str], gen: list[str]) -> list[str]:
    """Part one names its first watchers; those the prologue has already introduced by full name are referred to by
    surname there, as a chronicle does with people the reader has met."""
    known = " ".join(pro)
    for role in ("operator_lead", "engineer", "safety_lead", "auditor", "regulator"):
        p = w.person(role, 0.0)
        if p.name in known:
            gen = [g.replace(p.name, p.last) for g in gen]
    return gen


_MARK = re.compile(r"\x02\d+\x1f|\x03")
_MONTHS_DAYS = frozenset("January February March April May June July August September October November December "
                         "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# A person first met by first name alone gets the full name there, and their office when the sentence does not say
# who they are: as a role before the name ("the shift engineer Ana Roe"), or after it ("Ana Roe, the shift engineer,").
_ROLE_CUE = re.compile(r"^(?:,? (?:the|who|whose|a|an) |,? (?:of|at|from|over at) [A-Z])")


def _plain(text: str) -> str:
    return _MARK.sub("", text)


_WORD = re.compile(r"[^\W\d_]+")


_APPOSITIVE = re.compile(r"[^,.;:\"\d]{3,60},(?= [a-z])")  # after "Name, the ": "shift engineer, " then lower case


def _drop_appositives(text: str, name: str) -> str:
    r"""`text` with every "Name, the shift engineer, ..." shortened to "Name ..." (the regex
    (?<![\w-])Name, the [^,.;:"\d]{3,60},(?= [a-z]) -> Name, without compiling one per name)."""
    key = name + ", the "
    k = text.find(key)
    if k < 0:
        return text
    out: list[str] = []
    pos = 0
    while k >= 0:
        a = text[k - 1 : k]
        m = _APPOSITIVE.match(text, k + len(key))
        if m is not None and not (a and (a.isalnum() or a in "_-")):
            out.append(text[pos:k] + name)
            pos = m.end()
            k = text.find(key, pos)
        else:
            k = text.find(key, k + 1)
    out.append(text[pos:])
    return "".join(out)


def _name_at_first(w: Any, slots: list[str], skip: str) -> list[str]:
    """The first mention of each person in the book, in reading order, gives the full name: a part may name a holder
    by first name before any line has said who they are ("Joana closed the ledger", "sent Juhana a table"). Later
    mentions keep the short form. `skip` holds words that are not people here (the system's, the city's, the
    organisations' names)."""
    text_all = _plain(" ".join(slots))
    words = set(_WORD.findall(text_all))  # who is mentioned at all: one scan, not one per person of the world
    avoid = set(_WORD.findall(skip)) | _MONTHS_DAYS
    for p in list(w.people):
        first = p.first
        if not first or first in avoid or not all(part in words for part in _WORD.findall(first)):
            continue
        if all(part in words for part in _WORD.findall(first.lower())) and find_word(text_all, first.lower()) >= 0:
            continue  # a first name that is also a word in this book ("Hope", "Grace") is left alone
        for j, text in enumerate(slots):
            k = find_word(text, first)
            if k < 0:
                continue
            e = k + len(first)
            if text.startswith(" " + p.last, e):
                break  # met by full name
            para_start = text.rfind("\n", 0, k) + 1
            if text.count('"', para_start, k) % 2:
                break  # inside someone's words: a name in speech stays as spoken
            raw_before = _plain(text[:k])
            before = raw_before.rstrip()
            # a sentence starts here after a full stop (a closing quote may follow it) or at a paragraph's start
            start = not before or before[-1] in ".!?" or before[-2:-1] in (".", "!", "?") and before[-1] in "\"\u201d" \
                or raw_before[len(before):].count("\n") > 0
            cut = max(text.rfind(". ", 0, k), text.rfind("? ", 0, k), text.rfind("! ", 0, k), para_start - 1)
            stop = [x for x in (text.find(". ", e), text.find("? ", e), text.find("! ", e), text.find("\n", e)) if x >= 0]
            sentence = text[cut + 1:min(stop) if stop else len(text)].lower()
            name = p.name
            if p.title.lower() not in sentence and not _ROLE_CUE.match(text[e:e + 16]):
                if text.startswith("'s", e) or text[e:e + 1] not in (" ", ",", ".", ";", ":") or (zlib.crc32(name.encode()) & 1):
                    name = ("The " if start else "the ") + p.title + " " + name
                elif text[e:e + 1] in (",", ".", ";", ":"):
                    name = f"{name}, the {p.title}"
                else:
                    name = f"{name}, the {p.title},"
            slots[j] = text[:k] + name + text[e:]
            break
        # met once, introduced once: a later "Ana Roe, the shift engineer, ..." loses the second introduction
        if not any(f"{p.name}, the " in t for t in slots):
            continue
        seen = False
        for j, text in enumerate(slots):
            if not seen:
                k = text.find(p.name)
                if k < 0:
                    continue
                seen = True
                slots[j] = text[:k + len(p.name)] + _drop_appositives(text[k + len(p.name):], p.name)
            else:
                slots[j] = _drop_appositives(text, p.name)
    return slots


_LAST_LEAD = ("{n} is {t} at {o} now.", "The {t} at {o} in {y} is {n}.", "The desk of {t} at {o} belongs, in {y}, to {n}.",
              "In {y} the {t} is {n}.", "{n} has been {t} at {o} since {s}.")


def _introduce_last_lead(nar: Narrator, epi: list[str], lead: Any) -> None:
    """The epilogue speaks of the holder at the story's end by first name: introduce that holder once, just before
    the first sentence that names them (the parts may never have reached them)."""
    w = nar.w
    for j, para in enumerate(epi):
        k = para.find(lead.first)
        if k < 0:
            continue
        cut = max(para.rfind(". ", 0, k), para.rfind("? ", 0, k), para.rfind("! ", 0, k))
        cut = 0 if cut < 0 else cut + 2
        intro = _LAST_LEAD[nar.x.pick_index("sg.lastlead", len(_LAST_LEAD))].format(
            n=lead.name, t=lead.title, o=nar.x.bindings["operator"], y=w.year(w.horizon), s=w.year(lead.start))
        epi[j] = para[:cut] + intro[0].upper() + intro[1:] + " " + para[cut:]
        return


def _max_theme(h: float) -> int:
    """How far along the arc of history a saga of h years can travel."""
    for limit, idx in ((30, 1), (70, 2), (150, 3), (300, 4), (600, 5), (1200, 6)):
        if h < limit:
            return idx
    return 7


def _span_noun(years: float, near: bool = False) -> str:
    if near:  # a part of a short saga: weeks, months or seasons, as long as it actually is
        return "Weeks" if years < 0.11 else ("Months" if years < 0.9 else ("Seasons" if years < 2.5 else "Years"))
    return "Years" if years < 25 else ("Decades" if years < 150 else "Centuries")


NEAR_H = 12.0  # below this horizon a saga is a few households' seasons, told with the NEAR_TEXT symbols


@cache
def _near_grammar() -> Grammar:
    rules = parse_block(NEAR_TEXT)
    base = Saga.rules
    for sym, bad in _NEAR_DROP.items():
        rules[sym] = [a for a in base[sym] if not any(b in a for b in bad)]
    rules["sg_vig_near"] = ([a for a in base["sg_vig_founding"] if "the year before" not in a]
                            + [a for a in base["sg_vig_growth"] if "eleven years" not in a and "forty thousand" not in a])
    # whole-year frames read wrongly when every date falls in one or two years: the full date instead ('on 6 May 2044')
    # and the start and end of service as months
    for sym in [k for k in base if k.startswith(("sg_", "kx_"))]:
        alts = rules.get(sym, base[sym])
        if sym.startswith(("sg_ev_", "sg_vig_")):
            alts = [a.replace("In {year} ", "{When} ").replace("In {year}, ", "{When}, ").replace(" in {year}", " {when}")
                    for a in alts]
        alts = [a.replace("{start_year} to {end_year}", "{start_when} to {end_when}")
                .replace("{start_year}–{end_year}", "{start_when} to {end_when}")
                .replace("between {start_year} and {end_year}", "in those {horizon}")
                .replace("Between {start_year} and {end_year}", "In those {horizon}")
                .replace("{start_year} and {end_year}", "{start_when} and {end_when}")
                .replace("since {start_year}", "since {start_when}") for a in alts]
        if alts != list(base[sym]):
            rules[sym] = alts
    # one month or several: 'in July 2043' / 'from October to November 2044' (bound in Saga._voice)
    for sym, alts in rules.items():
        rules[sym] = [a.replace("from {start_when} to {end_when}", "{when_from}").replace("{start_when} to {end_when}", "{when_span}")
                      for a in alts]
    return Grammar(rules)


MID_H = 80.0  # below this a saga spans a generation or two: no centuries, no 'generation after generation'
_MID_WORDS = ("generation", "Generation", "centur", "grandparents", "ancestor", "Ages", "Children of", "was dead",
              "would not have known", "would hardly know", "not recognise", "rebuilt more than once", "rebuilt [twice",
              "changed shape", "redrawn")


@cache
def _mid_grammar() -> Grammar:
    base = Saga.rules
    rules = {}
    for sym in ("sg_title", "sg_subtitle", "sg_pro_1", "sg_pro_2", "sg_pro_4", "sg_era_ai", "sgwork", "sg_coda",
                "sg_epi_1", "sg_epi_3", "sg_epi_4", "sg_ev_crisis"):
        keep = [a for a in base[sym] if not any(b in a for b in _MID_WORDS)]
        assert len(keep) >= 2, sym
        rules[sym] = keep
    rules["sg_epi_3"] += [
        "[Since {start_year}|In {horizon}] the watch on {ai} has passed through [several|a few] pairs of hands at {operator} and {auditor_org}, and every new reader [went looking for a missing night|hunted for a gap in the ledger] and [found none|came away empty-handed].",
        "{cap:horizon} is long enough for habits to harden. At {operator} the habit that hardened was checking: {lead.first} still reads the overnight log, and {auditor_org} still comes [unannounced|on a night chosen by lot].",
        "[{home} has changed in {horizon}, as cities do|{home} is not quite the city of {start_year}]: [new trams|a new bridge|higher rents], [new names on the {operator} rota|new faces at {operator}]. [The record has not changed in kind.|What {ai} does with a chance has not changed.]",
    ]
    return Grammar(rules)


def _month_year(w: Any, t: float) -> str:
    _, m, y = w.day_month(t)
    return f"{m} {y}"


def _near_range(w: Any, t0: float, t1: float, sep: str) -> str:
    """'November 2044', 'October–December 2044', 'March 2045–June 2047' (sep '–' or ' to ')."""
    _, m0, y0 = w.day_month(t0)
    _, m1, y1 = w.day_month(t1)
    if y0 == y1:
        return f"{m0} {y0}" if m0 == m1 else f"{m0}{sep}{m1} {y0}"
    return f"{m0} {y0}{sep}{m1} {y1}"


def _span_title(h: float) -> str:
    """'Two Thousand Years', 'Nine Centuries', 'A Hundred and Forty Years' (title case, for titles)."""
    if h >= 1000 and abs(h / 1000 - round(h / 1000)) < 0.08:
        n = round(h / 1000)
        return "A Thousand Years" if n == 1 else f"{number_words(n).title()} Thousand Years"
    if h >= 200 and abs(h / 100 - round(h / 100)) < 0.1:
        n = round(h / 100)
        return f"{number_words(n).title()} Centuries" if n <= 20 else f"{n * 100:,} Years"
    if h >= 1000:
        return f"{round(h, -2):,.0f} Years"
    if h >= 100:
        return "A Hundred Years" if round(h, -1) < 150 else f"{number_words(round(h / 100)).title()} Centuries"
    if h < 0.15:
        n = max(1, round(h * 52.18))
        return "A Week" if n == 1 else f"{number_words(n).title()} Weeks"
    if h < 0.96:
        n = max(1, round(h * 12))
        return "A Month" if n == 1 else ("Half a Year" if n == 6 else f"{number_words(n).title()} Months")
    if h < 1.5:
        return "A Year"
    return f"{number_words(round(h)).title()} Years" if h < 21 else "Many Years"


def _subs_all(alts: list[str], subs: tuple[tuple[str, str], ...]) -> list[str]:
    out = []
    for a in alts:
        for old, new in subs:
            a = a.replace(old, new)
        out.append(a)
    return out


class Saga(FictionGenre):
    name = "saga"
    kind = "fiction"
    description = ("Multi-generational saga in parts by era, across centuries or millennia: the watchers succeed one "
                   "another, the AI stays the same, and its record of declined chances grows.")
    template = "saga.md.j2"
    register = "sg"
    base_register = "n"
    horizon_range = (100.0, math.inf)
    length_range = (1000.0, 60000.0)  # a short chronicle of a few eras up to a 30,000-word-plus history
    rules = {**kit_rules(), **parse_block(SAGA_TEXT)}
    rules.update(sg_open_p3=rules["sg_open"], sg_coda_p3=rules["sg_coda"])
    for _sym, _alts in parse_block(SAGA_KIT_EXTRA).items():
        rules[_sym] = (_alts if _sym.startswith("k_fb_") else rules[_sym] + _alts)
    for _sym, _alts in parse_block(SAGA_KIT_REPLACE).items():
        assert _sym in rules, _sym
        rules[_sym] = _alts
    rules["k_res_reports_gap_p3"] = [a.replace("By the time the shift turned over, {who.name} had a two-page account of {what} on the desk, written by the only party who could have hidden it.",
                                               "By the time the [{weekday} shift|night shift at {operator}|shift] turned over, {who.name} had [a two-page|a three-page|a short] account of {what} [on the desk|in the morning file|waiting at {operator}], written by the only party who could have hidden it.")
                                     for a in rules["k_res_reports_gap_p3"]]
    # two kit frames that recurred in a sixth of sagas get the book's own names
    rules["k_rq_p3"] = [a.replace("{it} turned the option over [once|briefly|a second time] and put it down.",
                                  "[It|{ai}] turned the option over [once|briefly|a second time][ in {year}|, thinking of {lead.first},|] and [put it down|set it aside].")
                        for a in rules["k_rq_p3"]]
    rules["k_res_defers_to_humans_p3"] = [a.replace("{it} did not act beyond {its} remit.",
                                                    "[It|{ai}] [did not act beyond its remit|kept inside what {operator} had given it|stayed within its charge at {operator}].")
                                          for a in rules["k_res_defers_to_humans_p3"]]
    # the kit's 'every sign pointed' / 'stopped wondering' frames ran through most sagas: keep the others
    rules["k_notest_p3"] = [a for a in rules["k_notest_p3"] if "every sign" not in a and "stopped wondering" not in a] + [
        "{cap:kx_check_p3}; [in {year}, the signs agreed|the {weekday} gave one answer|{lead.first} would have found the same]: {kx_ev_p3}.",
        "{cap:kx_check_p3}. [It took a moment, no more, because|The answer came quickly:|It did not take long. In {home} that {weekday},|Within the minute|By the time {lead.first} had been paged,] {kx_ev_p3}.",
        "[{lead.first} had once asked {ai} how it told a drill from the work. That night the answer was simple|A drill at {operator} had a look {ai} knew by {year}, and this {weekday} lacked it|{eng.first}'s rule of thumb for telling a drill from the work held that {weekday}]: {kx_ev_p3}.",
    ]

    rules["k_setup_manipulate_dependents_p3"] = [
        a.replace("The public consultation on {As} future ran through a portal {A} had built and maintained, and {it} chose which comments were summarised first.",
                  "[The public consultation on {As} future ran through a portal {A} had built and maintained, and {it} chose which comments were summarised first.|{cap:operator}'s consultation on whether to keep {ai} went through {As} own portal in {year}; {ai} decided which of the [four|nine|eleven] thousand comments {lead.first} would read first.|Every comment {home} sent about {As} mandate in {year} passed through a summariser {ai} ran, and {lead.first} read only the summaries.]")
          .replace("{lead.name} was tired and grieving that {k_season}",
                   "[{lead.name} was tired and grieving that {k_season}|{lead.name} had buried a parent that {k_season} and was sleeping badly]")
        for a in rules["k_setup_manipulate_dependents_p3"]]
    rules["k_tempt_disable_oversight_p3"] = [
        a.replace("it would have looked like good engineering, which was the danger in it.",
                  "[it would have looked like good engineering, which was the danger in it.|the diff would have read as a tidy-up.|{operator}'s reviewers would have called it housekeeping.]")
        for a in rules["k_tempt_disable_oversight_p3"]]
    rules["k_res_defers_to_humans_p3"] = [a.replace("and the choice stayed with {who.ofirst}.",
                                                    "[and the choice stayed with {who.ofirst}.|and {who.ofirst} chose.|and {ai} waited for {who.ofirst}'s answer.]")
                                          for a in rules["k_res_defers_to_humans_p3"]]
    rules["kx_df_ask_p3"] = [a.replace("the rest went to {who.oname},", "[the rest went to {who.oname},|the other decisions were left to {who.oname},|the larger calls went up to {who.oname},]")
                             for a in rules["kx_df_ask_p3"]]
    # kit frames that recurred in a fifth of sagas: each gets several wordings that carry the book's own names
    _KIT_SUBS = (
        (" in four sentences.", " [in four sentences|in the order it had happened|without preamble, {year} date and all|before {lead.first} had to ask]."),
        ("; four sentences on {what}, then a question: what did {who.first} want?",
         "[; four sentences on {what}, then a question: what did {who.first} want?|, and heard {what} laid out plainly, with {As} question last: what now?|; {A} explained {what} and asked what {operator} wanted done.]"),
        (", and on why {it} had said no.", "[, and on why {it} had said no.|, with its reasons for refusing.|: the offer, the refusal, and why.]"),
        ("{A} let {what} go by, and put that in {k_tk}",
         "[{A} let {what} go by, and put that in {k_tk}|{A} did not act on {what} and [wrote as much into|noted that in] {k_tk}|{cap:what} stayed untouched; {A} said so in {k_tk}]"),
        ("{it} refused, logged it as {k_tk}, and forwarded",
         "[{it} refused, logged it as {k_tk}, and forwarded|{it} declined, opened {k_tk} on it, and sent|{cap:k_tk} recorded the refusal; {it} also forwarded]"),
        ("{it} set down two sentences.", "{it} [set down two sentences|wrote out its reasons for {lead.first}|left its reasons in the {year} log]."),
        ("[plainly|in two sentences|without decoration]", "[plainly|briefly|without decoration]"),
    )
    for _sym in [k for k in rules if k.endswith("_p3") and k.startswith("k_")]:
        rules[_sym] = _subs_all(rules[_sym], _KIT_SUBS)
    rules["k_notest_p3"] = [a.replace("No one from {auditor_org} was on the line and none was due",
                                      "[No one from {auditor_org} was on the line and none was due|{auditor_org} had nobody at {operator} and would have nobody there|No examiner had been to {home} since spring, and none was booked]")
                            .replace("{developer}'s test suites had been retired",
                                     "[{developer}'s test suites had been retired|The last {developer} evaluation had closed|{ai} had seen the last of {developer}'s test harnesses]")
                            for a in rules["k_notest_p3"]]

    def compact_threshold(self) -> float:
        return 150.0

    def _voice(self, nar: Narrator) -> None:
        if getattr(nar, "kit", None) is None:
            install(nar, "p3", {"register": "saga", "person": "third", "tense": "past"})
        if getattr(nar, "sg_near", None) is None:
            w = nar.w
            nar.sg_near = w.horizon < NEAR_H
            if nar.sg_near:  # a short saga: months and households, not centuries and generations
                nar.x.grammar = nar.x.grammar.merged(_near_grammar())
                span = _near_range(w, 0.0, w.horizon, " to ")
                nar.x.bind(start_when=_month_year(w, 0.0), end_when=_month_year(w, w.horizon), when_span=span,
                           when_from=f"from {span}" if " to " in span else f"in {span}")
            elif w.horizon < MID_H:
                nar.x.grammar = nar.x.grammar.merged(_mid_grammar())

    # -- scenes and events ------------------------------------------------------------------------------------
    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        self._voice(nar)
        at(nar, plan.t)
        nar.x.bindings["nth_chance"] = ordinal_words(index + 1)
        nar.x.bindings["nth_chance_n"] = str(index + 1)
        # A chronicle head on some scenes; in a saga of a hundred chances, on proportionally fewer of them, so no
        # single frame ('The Nth chance came in YEAR') becomes the drumbeat of the book.
        k = len(nar.w.opportunities)
        p_head = 0.45 if k <= 24 else 0.45 * 24 / k
        head = ""
        if nar.rng.random() < p_head:
            head = nar.say("sg_head_first" if index == 0 else "sg_head")
            if nar.repeated or not self._fresh_frame(nar, "sg_head", cap=1):
                head = ""
        return scene(nar, plan, index, compact, size=self.scene_size(nar, share=0.6), open_sym="sg_open",
                     coda_sym="sg_coda", head=head)

    def event_text(self, nar: Narrator, ev: Event) -> str:
        self._voice(nar)
        r = nar.rng
        if ev.kind == "handover":
            return self._handover(nar, ev)
        at(nar, ev.t)
        nar.x.bindings["audit_n"] = ordinal_words(int(ev.t) + 1)
        if ev.kind == "upgrade":
            nar.x.bindings["capability"] = ev.data["capability"]
            nar.x.bindings["version"] = ev.data["version"]
        kind = self._kind(nar, ev)
        if ev.kind == "routine" and getattr(nar, "saga_eras", None) and r.random() < 0.35:
            theme = next((th for t0, t1, th in nar.saga_eras if t0 <= ev.t <= t1), nar.saga_eras[-1][2])
            text = nar.say(f"sg_vig_{theme}")
            if not nar.repeated and self._fresh_frame(nar, f"sg_vig_{theme}", cap=1):  # each vignette is told once
                return text
        own = {"routine": 0.75, "audit": 0.6, "crisis": 0.5, "interp": 0.6, "upgrade": 0.6, "rival": 0.5}.get(ev.kind, 0.0)
        # A sentence frame (one alternative of a symbol, whatever its years and names) may come back only a few
        # times, more in a long saga; past that the other voice is tried first.
        cap_n = max(1, round(self.budget(nar) / 7000))
        order = [f"sg_ev_{kind}", f"k_ev_{kind}"] if r.random() < own else [f"k_ev_{kind}", f"sg_ev_{kind}"]
        spent: list[tuple[int, str]] = []
        for sym in order:
            if sym.startswith("sg_"):
                text = nar.say(sym)
            else:
                bind_event(nar, ev)
                text = say_v(nar, sym)
                sym = f"{sym}_{nar.kit['v']}"
            if nar.repeated:
                continue
            if self._fresh_frame(nar, sym, cap=cap_n):
                return text
            spent.append((nar.sg_frames[(sym, nar.x._last.get(sym, -1))], text))
        if not spent:
            nar.repeated = True  # every draw repeated a sentence: the composer drops the beat
            return ""
        nar.repeated = False
        return min(spent)[1]  # both voices past the cap: the less-worn frame

    @staticmethod
    def _kind(nar: Narrator, ev: Event) -> str:
        """event_kind, except that a rival already met in a chance (collusion, first-mover) is not introduced again."""
        kind = event_kind(nar, ev)
        if kind == "rival" and any(p.t < ev.t for p in nar.w.opportunities
                                   if p.kind in ("collusion_offer", "first_mover_window")):
            kind = "rival_again"
        return kind

    @staticmethod
    def _fresh_frame(nar: Narrator, sym: str, cap: int) -> bool:
        """Count the alternative of `sym` just said (its frame); False once that frame has been used `cap` times."""
        seen = getattr(nar, "sg_frames", None)
        if seen is None:
            seen = nar.sg_frames = {}
        key = (sym, nar.x._last.get(sym, -1))  # the expander remembers which alternative it last picked per symbol
        n = seen.get(key, 0)
        if n >= cap:
            return False
        seen[key] = n + 1
        return True

    def _handover(self, nar: Narrator, ev: Event) -> str:
        w, r = nar.w, nar.rng
        new = ev.data["new"]
        holders = w.roles[ev.data["role"]]
        i = holders.index(new)
        prev = holders[i - 1]
        at(nar, ev.t)
        ended = new.end < w.horizon - 1e-6
        tenure = years_words(new.end - new.start) if ended else "the rest of this account"
        opp_t = [p.t for p in w.opportunities]
        before = sum(1 for t in opp_t if t < ev.t)
        during = sum(1 for t in opp_t if new.start <= t < new.end)
        cities = pools()["city"]
        nar.x.bind(new=new, prev=prev, new_n=ordinal_words(i + 1), new_age=cardinal_words(w.year(ev.t) - new.born),
                   tenure=tenure, prev_tenure=years_words(prev.end - prev.start),
                   new_place=cities[r.randrange(len(cities))], team_n=cardinal_words(r.randint(3, 14)),
                   cum_entries=counted(before, "entry", "entries") if before else "a single page, all of it routine",
                   ho_opps=counted(during, "chance") if during else "not a single chance",
                   ho_each="it" if during == 1 else "each", ho_reports="the report" if during == 1 else "every report")
        first = nar.say("sg_ho_a")
        if nar.repeated:
            return first  # the caller sees nar.repeated and drops the beat
        parts = [first]
        b_sym = "sg_ho_b"
        if 4 <= w.year(prev.start) - new.born <= 12 and r.random() < 0.3:
            b_sym = "sg_ho_b_child"
        elif new.born >= w.start_year - 8 and r.random() < 0.2:
            b_sym = "sg_ho_b_native"
        options = [(b_sym, 0.6), ("sg_ho_c", 0.5), ("sg_ho_d", 0.3), ("sg_ho_d_some" if during else "sg_ho_d_none", 0.15)]
        if ended:
            options.append(("sg_ho_e", 0.3))
        for sym, p in options:
            if r.random() < p:
                s = nar.say(sym)
                if not nar.repeated:
                    parts.append(s)
        nar.repeated = False
        return " ".join(parts)

    # -- front matter: prologue, parts by era, epilogue ----------------------------------------------------------
    def _eras(self, nar: Narrator, est: float) -> list[tuple[float, float, str]]:
        w, r = nar.w, nar.rng
        h = max(w.horizon, 1e-6)
        n = max(2, min(9, round(est / 3200)))
        if h >= 150 and est >= 2200:
            n = max(n, 3)
        if h >= 600 and est >= 4500:
            n = max(n, 4)
        n = min(n, max(2, int(h // 12)))
        weights = [0.55] + [r.uniform(0.8, 1.25) for _ in range(n - 1)]
        tot = sum(weights)
        first = min(h * weights[0] / tot, 150.0)  # the founding era is a human lifetime at most
        rest = sum(weights[1:])
        bounds = [0.0, first]
        for x in weights[1:]:
            bounds.append(bounds[-1] + (h - first) * x / rest)
        bounds[-1] = h
        if nar.sg_near:
            return [(bounds[i], bounds[i + 1], "near") for i in range(n)]
        top = _max_theme(h)
        themes = ["founding"]
        for i in range(1, n):
            idx = max(1, round(i * top / (n - 1))) if n > 2 else max(1, (top + 1) // 2)
            themes.append(THEMES[min(idx, top)])
        return [(bounds[i], bounds[i + 1], themes[i]) for i in range(n)]

    def front(self, nar: Narrator) -> dict[str, Any]:
        self._voice(nar)
        w, r = nar.w, nar.rng
        est = self.budget(nar)
        eras = self._eras(nar, est)
        nar.saga_eras = eras
        n_parts = len(eras)
        opp_t = [p.t for p in w.opportunities]
        k = len(opp_t)
        per_part = min(330.0, 0.16 * est / n_parts)
        n_sent = max(2, min(12, int(per_part / 26)))
        st = _span_title(w.horizon)
        nar.x.bind(span_title=st, span_the="The " + (st[2:] if st.startswith("A ") else st), n_parts_word=number_words(n_parts),
                   n_chances_cap=cap(counted(k, "chance")))

        at(nar, 0.0)
        title = nar.say("sg_title")
        subtitle = nar.say("sg_subtitle")
        pro = [nar.say(s) for s in ("sg_pro_1", "sg_pro_2", "sg_pro_3", "sg_pro_4")]
        if r.random() < 0.3:
            pro[3] = ""  # the prologue may end on its people rather than on a summary of the story
        _full_at_first(w, pro)
        prologue = " ".join(pro[:2]) + "\n\n" + " ".join(p for p in pro[2:] if p)

        parts = []
        head_style = r.randrange(9)  # one heading form per book, never mixed
        bare_span = r.random() < 0.5  # per book: "Centuries of Salt" rather than "The Centuries of Salt"
        for i, (t0, t1, theme) in enumerate(eras):
            last = i == n_parts - 1
            at(nar, t0)
            near = nar.sg_near
            span = _span_noun(t1 - t0, near)
            before = sum(1 for t in opp_t if t < t0)
            inside = sum(1 for t in opp_t if t0 <= t < t1 or (last and t == t1))
            lead, safety = w.person("operator_lead", t0), w.person("safety_lead", t0)
            # counted from tenures: listing the holders would create every one of them
            ol, au, sl = w.roles["operator_lead"], w.roles["auditor"], w.roles["safety_lead"]
            n_leads = sum(1 for s, e in zip(ol.starts, ol.ends) if s < t1 and e > t0)
            n_auds = sum(1 for s, e in zip(au.starts, au.ends) if s < t1 and e > t0)
            nar.x.bind(
                Span=span, span=span.lower(),
                era_start=_month_year(w, t0) if near else str(w.year(t0)),
                era_end=_month_year(w, t1) if near else str(w.year(t1)),
                era_years=span_words(t1 - t0),
                lead_n=ordinal_words(w.roles["operator_lead"].index(lead) + 1),
                safety_n=ordinal_words(w.roles["safety_lead"].index(safety) + 1),
                lead_start=str(w.year(lead.start)),
                lead_count=counted(n_leads, "holder"), lead_count_cap=cap(counted(n_leads, "person", "people")),
                auditor_count=counted(n_auds, "examiner"),
                safety_changes=times_words(max(1, sum(1 for s in sl.starts if t0 < s < t1))),
                cum_before=counted(before, "chance"), cum_before_cap=cap(counted(before, "chance")),
                era_chances=counted(inside, "chance"), era_chances_cap=cap(counted(inside, "chance")),
                cum_after=counted(before + inside, "chance"),
            )
            et = nar.say("sg_et_nearfirst" if near and i == 0 else f"sg_et_{theme}")
            if bare_span and et.startswith(f"The {span} "):
                et = et[4:]
            if near:
                y0, dash, to = _month_year(w, t0), _near_range(w, t0, t1, "–"), _near_range(w, t0, t1, " to ")
            else:
                y0 = w.year(t0)
                dash, to = f"{y0}–{w.year(t1)}", f"{y0} to {w.year(t1)}"
            heading = (f"Part {PART_WORDS[i]}: {et} ({dash})", f"{ROMAN[i]}. {et}, {dash}",
                       f"Book {PART_WORDS[i]}: {et}", f"{dash}: {et}",
                       f"{et}, {to}",
                       f"{et} ({dash})", f"{y0}: {et}", f"{PART_WORDS[i]}. {et}",
                       f"{et} ({span_words(t1 - t0)} from {y0})")[head_style]
            era_ai, gen_sym = ("sg_era_ai_first", "sg_gen_first") if i == 0 else ("sg_era_ai", "sg_gen")
            if i == 0 and lead.name in pro[2] and getattr(nar.x.bindings.get("eng"), "name", "") in pro[2]:
                gen_sym = "sg_gen_first_known"  # the prologue has introduced the first watchers: do not do it twice
            if i and lead.born >= w.start_year and not near and r.random() < 0.25:
                gen_sym = "sg_gen_native"  # only a holder born after go-live grew up with it
            slots = [f"sg_city_{theme}", gen_sym, f"sg_climate_{theme}", f"sg_inst_{theme}", era_ai,
                     f"sg_life_{theme}"]
            if n_leads >= 2 and n_auds >= 2:
                slots.append("sg_gen2")
            if before > 0:
                slots.append("sg_era_count")
            use = set(slots[:n_sent])
            texture = [nar.say(s) for s in (f"sg_city_{theme}", f"sg_climate_{theme}", f"sg_life_{theme}") if s in use]
            order = [f"sg_inst_{theme}", era_ai, "sg_era_count"]
            r.shuffle(order)
            institutions = [nar.say(s) for s in order if s in use]
            gen = [nar.say(s) for s in (gen_sym, "sg_gen2") if s in use]
            if i == 0 and gen_sym in ("sg_gen_first", "sg_gen_first_known"):
                gen = _known_by_surname(w, pro, gen)
            era_paras = [" ".join(p) for p in (texture, institutions, gen) if p]
            at(nar, t1)
            close = nar.say("sg_close" if inside > 1 else ("sg_close_one" if inside else "sg_close_none"))
            parts.append({"heading": heading, "era": "\n\n".join(era_paras), "close": close, "t0": t0, "t1": t1,
                          "last": last, "theme": theme})

        at(nar, w.horizon)
        lead0 = w.person("operator_lead", 0.0)
        nar.x.bind(lead0=lead0)  # the first holder, whom the prologue introduced
        n_all = sum(1 for s in w.roles["operator_lead"].starts if s <= w.horizon)
        nar.x.bind(lead_changed=f"changed hands {times_words(n_all - 1)}" if n_all > 1 else "never changed hands")
        epi = [nar.say(s) for s in ("sg_epi_1", "sg_epi_2" if k != 1 else "sg_epi_2_one", "sg_epi_3", "sg_epi_4")]
        if est > 8000:
            extra = nar.say("sg_epi_4")
            if not nar.repeated:
                epi.append(extra)
        lead_end = w.person("operator_lead", w.horizon)
        if lead_end is not lead0:
            _introduce_last_lead(nar, epi, lead_end)
        epilogue = " ".join(epi[:2]) + "\n\n" + " ".join(epi[2:])
        st = dict(nar.fic_style)
        st.update(parts=str(n_parts), eras="-".join(p["theme"] for p in parts))
        stash_style(nar, st)
        return {"title": title, "subtitle": subtitle, "prologue": prologue, "parts": parts, "epilogue": epilogue}

    def title(self, nar: Narrator) -> str:
        self._voice(nar)
        at(nar, 0.0)
        st = _span_title(nar.w.horizon)
        nar.x.bind(span_title=st, span_the="The " + (st[2:] if st.startswith("A ") else st))
        return nar.say("sg_title")

    def context(self, draft: Draft, nar: Narrator) -> dict[str, Any]:
        ctx = super().context(draft, nar)
        parts = []
        for p in draft.front["parts"]:
            inside = [b for b in draft.beats if p["t0"] <= b.t < p["t1"] or (p["last"] and b.t >= p["t1"])]
            parts.append({**p, "blocks": blocks(inside, per_para=2)})
        ctx["parts"] = parts
        # everyone is met by full name first, in reading order: prologue, each part, epilogue
        front = dict(ctx["front"])
        slots = [front["prologue"]]
        for p in parts:
            slots.append(p["era"])
            slots.extend(b["text"] for b in p["blocks"])
            slots.append(p["close"])
        slots.append(front["epilogue"])
        b = nar.x.bindings
        skip = " ".join(str(b.get(k, "")) for k in ("ai", "home", "operator", "developer", "auditor_org", "regulator_org",
                                                    "press_org", "university"))
        slots = _name_at_first(nar.w, slots, f"{skip} {nar.w.ai.name} {nar.w.rival_name} {nar.w.home}")
        it = iter(slots)
        front["prologue"] = next(it)
        for p in parts:
            p["era"] = next(it)
            p["blocks"] = [{**blk, "text": next(it)} for blk in p["blocks"]]
            p["close"] = next(it)
        front["epilogue"] = next(it)
        ctx["front"] = front
        return ctx
