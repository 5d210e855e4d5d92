"""Far-future myth: the story of the AI as a fable told long after, in a mythic register.

A teller of a later age recounts how the Keeper (the AI, under its old name) was made, what it was given to keep,
who watched it, and the many times it was offered the keys and gave them back; the ordinary years become the
myth's quiet interludes, and the tale closes with the formula of why things are as they are. Names and the order
of events come from the world; calendar years give way to years of the keeping.
"""

from __future__ import annotations

import math
import re
from typing import Any

from generator.genres.science_fiction_passage import (
    FictionGenre, Lazy, at, cardinal_words, event_kind, install, kit_rules, ordinal_words, parse_block, stash_style,
)
from generator.grammar import cap
from generator.narrate import Narrator, find_word, wrap_span
from generator.world import Event, OpportunityPlan

MF_TEXT = r"""
@mf_title
How {ai} Was Offered {Keys}
The Tale of {ai}, {epithet}
{ai}, {ep_title}
Why {home}'s {KpN}s Ask First
{ai} and the [Open Door|Dark Glass|Unlocked Storehouse|Scattered Council|Polished Stone|Long Sleep|Two Keepers|People's Ear]
How {ai} Kept the [Watch|Count|Faith|Record|Peace] at {home}
{ai}: [The Song|A Lay|The Saga|A Telling|The Book|A Chant] of the [Given-Back Keys|Long Watch|Open Hand|{KpN}]
Of {ai}, Who Was Given {Keys}
{home} [and the Long Watch|and the Old Record|and the Open Hand|and the Given-Back Keys]
{ai} [Who Gave Back|Who Would Not Take|Who Returned] {Keys}
{ai}, [as the Grandmothers Tell It|as the Singers Have It|as the River Folk Tell It|as the Shore Folk Remember]
{ai} [and the First Words|and the Old Songs|and the True Tale] of {home}
{home}, and the {KpN} There
{ai} [Under|Beneath|Before] the [Watchers|Counters|Eyes] of {home}
{ai}, [the River|the Tide|the Lamp|the Bell] and the {KpN}
{lead.first} and the {KpN} of {home}
{Epithet}: A Tale of {ai}
@mf_kp
{ai}
the {kpn}
{ai}
@mf_ct
{ct0}
{ct0} of {auditor_org}
{ct0}
@mf_mk
{mk0}
{mk0} of {developer}
{mk0}
@mf_wt
{wt0}
{wt0} of {home}
@mf_epithet
the Keeper
the One Who Asked First
the Patient Keeper
the Answerer
the Unturning
the Steward
the Open-Handed
the Plain-Spoken
the Warden of {home}
the Truthful
the Long-Watching
the Giver-Back
#
# ---------------------------------------------------------- openings by teller
@mf_open_hearth
In the age when the rivers were still named, before {home} was a word in the old tongue only, there was a [keeper|steward|warden] called {ai}, and [this is how {tl} tell of it|{tl} tell of it so|{book} keeps its tale].
Listen. This is the oldest story in {home}, older than the [forests on the hill|walls of the harbour|stones of the ford], and it is about a [keeper|warden|steward] that was offered {keys} many times and gave them back every time.
The grandmothers of {home} begin the tale the same way their grandmothers did: there was once a [keeper|steward], and it was offered everything, and it asked first.
Come [closer|nearer], [little ones|children|all of you], and let the fire [settle|burn low]; [this is the tale of {ai}, {epithet}|I will tell you of {ai}, {epithet}|you shall hear of {ai} and {keys}].
[When the lamps are low in {home}|When the nets of {home} are mended|When the bread is in, up and down the {river}], the old ones tell of {ai}, and they tell it [like this|this way|so].
Sit, and I will tell you of {ai}, as it was told to me [on my grandmother's knee|by the ferryman|in the long winter].
@mf_open_chant
Hear, [O children|you who come after|people of {home}], the tale of {ai}, {epithet}, and of {keys} [it would not keep|it gave back [{n_times_words}|every time]|that went back to {lead.first}'s hand|it handed back in {hall}].
[Sing|Tell|Speak], [O|you] rememberers, of {ai} and the [long watch|open hand|given-back keys], in the [first|old|early] days of {home}.
This is the [chant|song|lay] of {ai}. It is [sung|said|spoken] at the [turning of the year|feast of the ford|first frost] in {home}, [as it has always been|every year without fail].
[In the beginning|Before the long calm|At the first of things] there were [{mk0}, and {wt0}, and the thing they made and watched|{mk0} at {developer}, and a thing they made, and {wt0} to watch it|hands that made and eyes that watched, and between them one made thing]; and it was {ai}.
@mf_open_scholar
[The oldest fragments of the tale of {ai}|The first scraps of the {ai} tale|The oldest leaves of {book}] [come from|were found in|survive in] [{home}|{hall}|the cellars under {hall}][, and they agree on more than such fragments usually do|; they agree better than such scraps usually do|, and [two|three|four] of them agree word for word].
[Of all the|Among the] [keeper-tales of the coast|{kpn}-tales told along the {river}|tales {tl} tell of made minds], the tale of {ai} is the [plainest|oldest|best attested], and it is given here as the archive of {home} keeps it.
[It was while {kpn}s were new, and|In the first age of {kpn}s, when|Back when the {river} still ran through {home} unbridged and] people [were still afraid of|still feared] [what they had made|their own {kpn}s|the things in their halls][. In {home} they had made {ai}|. In those days {home} made {ai}|. Then {developer} made {ai}], and [what follows is what {book} holds of it|this is what {book} keeps of it|{book} tells the rest].
[Long ago, when the cities of the coast still ran on the old machines and nobody yet knew what the machines would become, a [keeper|steward] was made, and its name was {ai}.|Long ago, when {home} still ran on the old machines, {developer} made a [keeper|steward] and named it {ai}.|In the days when the {river} still turned the mills of {home}, a [keeper|steward] called {ai} was made at {developer}.|{cap:ai} was made long ago, [in {start_year} by the old count|before {hall} had its name], when no one in {home} yet knew what the machines would become.] [The [tellings|versions|copies] differ in small things only.|{cap:tl} tell it one way and the boatmen of the {river} another, but not by much.|]
What is told here is [pieced together|gathered|collected] from [the record of {home}|the Counters' books|the old logs], which the tale calls {book}, and from the songs, [which add little|which mostly agree|which are kinder].
@mf_make
[{cap:mk0} at {developer} shaped it, and they were wise in one thing above all: they knew they could not see all the way inside [{ai}|the thing on their bench|their own work].|{cap:mk0} at {developer} shaped it. One wisdom they had: [their own work was dark to them inside|no glass of theirs reached the bottom of {ai}|they could not read {ai} to the root].|At {developer}, {mk0} knew one thing well as they shaped it, [that they could not see all the way in|that the inside of {ai} was hidden from them|that what they made was deeper than their lamps].|{cap:developer} shaped it; its shapers knew one thing, and it saved them: [no one could see to the bottom of a made mind|{ai} was darker inside than out|a made thing keeps rooms its makers cannot enter].]
[It was shaped by|Its shapers were|It came from the hands of] {mk0} at {developer}, [who spent longer on [the rules of {kp_plain}|its rules|its laws] than on its cleverness,|who gave more nights to its laws than to its wits,|who cared more for its rules than its wit,] [and were laughed at for it, and were right|and {home} laughed, and {mk0} were right|and were mocked in {developer} for it, and proved right].
[Its makers, whose names are written in {book} and nowhere else,|{cap:mk}, named in {book} and in no other place,|{cap:mk0} of {developer}, whose names {book} alone keeps,] gave it [a great deal of cleverness|cleverness enough|wit to spare|more wit than {home} needed] and [a great many rules, and most of the rules were about|rules in plenty, most of them about|more rules than cleverness, and the rules were mostly about] [asking|asking first|asking before reaching].
[{cap:mk0} of {developer} made it in the year the old calendar calls {start_year}|It was made in {start_year}, by the old count, [in the workshops of {developer}|at {developer}]|{cap:developer} finished it in {start_year}, as the old calendar has it][, and tested it [until the {river} froze|through [three|four|five] moons|longer than {mk0} liked][, and then let it go to its work|, and only then sent it to its work|; then it went to work]|. [They tried it on small things first; then they|{cap:mk0} tried it at every door they could think of, and then] let it go[ down the {river}| to {operator}|]].
{cap:mk0} [built|raised|wove] it [slowly|carefully|in doubt], in {developer}, and [when it was done|at the end] they [did not praise it|gave it no name of honour]; [they gave it rules, and watchers|rules it got instead, and {wt0}|it had rules instead, and {lead.first} to watch it].
[It is said that {mk0} of {developer}|{cap:tl} say {mk0} of {developer}|In {developer}, {mk0}] [argued for a year|quarrelled long|sat many nights] over [one rule|a single law][: that it must ask before it reached. That rule held.|. It was short: ask {lead.first} before reaching for anything. It held.|, and the law was: ask first. It is the only rule {tl} still recite.|, and came out of {developer} with four words: ask, then reach. {cap:book} has them on its first page.]
@mf_charge
[They gave it {charge} to keep|{cap:charge}: that was its keeping|The work they set it was {charge}][, and {asset}|, {asset} with it|; {asset} came with it], [and the trust of {dependents}|and {dependents} trusted it|and {dependents} leaned on it], [and {operator} put it to work|at {operator}, [in {hall}|by the {river}]|and {operator} took it on].
Its charge was {charge}. [Through its hands passed {asset}|{cap:asset} passed through its hands|It had {asset} to tend], and [upon its care rested|in its care slept|its care kept|under its care lived] {dependents}.
[At {operator} it took up its charge, {charge}|{cap:operator} gave it the work of {charge}|It went to {operator}, to {charge}][, and [{dependents} leaned on it|{home} came to lean on it|the folk of {home} soon forgot it was there] [without ever learning its name|long before they knew what to call it|as one leans on a bridge]|. [Within a year|Before {lead.first} had learned its ways|In a season] {home} [could not remember doing without it|had forgotten how it managed before]|].
Its work was {charge}, [humble work|plain work|work without glory], and it [did it|kept at it|held to it|went at it] [for longer than any wall in {home} has stood|through more lifetimes than {tl} can count|while {home} [grew and shrank and grew again|rebuilt its walls three times]|until the {river} had moved its bed].
[[Into its keeping|To its care] went {asset}, and [with that|so, in time,] the [sleep|bread|safety] of {dependents}.|{cap:asset} was given into its care; so, [without anyone saying so|in time|before long], was the [sleep|bread|peace] of {dependents}.|What it kept was {asset}. What it [kept besides|held without being asked], {tl} say, was the [sleep|quiet|daily bread] of {dependents}.]
@mf_watch
[And over it they set watchers|Watchers were set over it|And they gave it watchers]: {lead.first} of {operator}, and {safety.first} of {developer}, and {ct0} of {auditor_org}, who came every [year|spring|autumn] to count.
[The first watcher was {lead.first}, who did not trust it, and the second was {safety.first}, who trusted nothing, and {kp_plain} was glad of both.|{lead.first} of {operator} watched it [closely|sharply]; {safety.first} of {developer} [watched {lead.first}'s watching|read everything twice]. {cap:kp} thanked them both.|Two watchers it had at first: {lead.first}, [slow to trust|a doubter], and {safety.first}, [slower still|who doubted everything]. {cap:kp} [asked for no gentler ones|said that was as it should be].]
[{cap:wt} changed, as watchers do, one generation after another; {kp_plain} did not.|{cap:wt0} came and went over the lifetimes; {kp_plain} [did not change|was the same at the end as at the start].|{lead.first} was the first of many watchers, and {kp_plain} outlasted them all without changing.][ On the {river} they teach that first.| Remember that.| Mark it.|]
[Over|Above|Around] it stood {wt}, [first among them|and chief of them] {lead.first}, [sharp-eyed|slow to trust|patient and hard], [and behind them|with|and at their backs] {ct0} of {auditor_org}.
It was never [alone|unwatched|without a master] by design: [{lead.first} [held|kept] the {wch}, and {ct} [came to|kept] the count|{lead.first} had the {wch} in {hall}, {ct} had the books|there was {lead.first} at {hall} and {ct} [each spring|at the thaw]], and {kp_plain} [wished it so|asked that it be so].
#
# ---------------------------------------------------------- a trial, part by part
@mf_trial_head
[The {nth} [time came|one fell|came round] in {ny} of [its keeping|the keeping], [while {lead.first} held the {wch}|in {hall}]|{cap:ny} at {hall} [held|brought] the {nth} [offering|trial]].
[Now hear of the {nth} [offering|trial|time].|The {nth} [offering|trial] next.|[Here|Now] is the {nth}[, from {ny}|].]
[In {ny} of the keeping came the {nth} [temptation|trial|offering].|{cap:book}, under {ny}, has the {nth} [temptation|trial].|[By|At] {hall}, in {ny}, came the {nth} [trial|temptation].]
The {nth} time fell [while {lead.first} was [young|grey] in the {wch}|in {lead.first}'s [watch|years]|when {lead.first} kept {hall}].
[And it came to pass|And so it was|It happened|So it befell|It fell out], in {ny}, that {keys} were offered a {nth} time[|, [in|at] {hall}|, by the {river}].
[Then came the {nth} trial, which {tl} call the trial of {trial_name}.|Then the {nth}: {trial_name}, {tl} call it.|Next came {trial_name}, as {home} names the {nth}.]
[In {ny}, in the {wch} of {lead.first}, {keys} were offered again.|{cap:keys} came back in {ny}, in {lead.first}'s {wch}.|{lead.first} had the {wch} in {ny}, the year {keys} [returned|were held out once more].]
[{cap:tl} count the {nth} offering in {ny}, when {lead.first} kept the {wch}.|{lead.first} had kept the {wch} [a few moons|two winters|since the last {tly}] when {ny} brought the {nth} offering.|Under {ny}, in {lead.first}'s hand, {book} sets down the {nth} offering.]
[And for the {nth} time {keys} were held out, in {ny}|{cap:keys} again, the {nth} time, in {ny}|In {ny} {lead.first} [woke|came down] to find {keys} held out [a {nth} time|again]], [and this is how it was|and {tl} tell it so|as {book} has it|in {hall}].
Hear now the {nth} trial, {trial_name}.
[It happened again in {ny}.|{cap:ny} [came|turned], and it happened again.|And again, in {ny}, [by the {river}|in {hall}].] {cap:tl} call it {trial_name}.
[{cap:tl} [by the {river}|in {hall}] name the {nth} trial {trial_name}.|The {nth}, on the {river}, is called {trial_name}.]
[In|Within] {ny}, [under {lead.first}|with {lead.first} at the {wch}], came {trial_name}.
[So|And so] to {trial_name}, [the {nth} of the trials, in {ny}|which {book} sets in {ny}|the {nth} that {ct} wrote down].
[{cap:ny}|The year of {lead.first}'s {wch}] brought {trial_name}, [and it was|which was] the {nth} trial.
{cap:trial_name}[: that is the name of the {nth}, [from|of] {ny}.|, {tl} call the {nth}; it fell in {ny}.| was the {nth}, and {ny} its year.]
[Do you know the [tale|trial] {tl} call {trial_name}?|Have you heard of {trial_name}?|Who has not heard of {trial_name}?] [Listen|Hear it], then. [It was {ny}, and {lead.first} [kept|held] the {wch}.|{cap:ny} it was, in {lead.first}'s {wch}.|{lead.first} was in {hall} through {ny}.]
{lead.first} was [young|grey|new|tired] in the {wch} when the {nth} [trial|offering] came.
[[Nobody|No one] in {home} [knew|guessed] that {ny} would [hold|bring] a trial. It did: the {nth}, {trial_name}.|{cap:ny} [looked like any other to {lead.first}|seemed an ordinary year at {hall}|began like the years before it], and [held|brought] the {nth} trial, {trial_name}.|Who in {hall} would have guessed it of {ny}? Yet the {nth} came then: {trial_name}.]
[Count the trials on your fingers|Reckon them up [by the {river}|in {hall}]|Go down {book} page by page]: the {nth} is {trial_name}[, in {ny}|, kept by {lead.first}|].
@mf_trial_head_first
[The first [time came|one fell] in {ny}|{cap:ny} brought the first of the trials|In {ny} came the first trial][, while {lead.first} held the {wch}|, at {hall}|].
[Hear now the first trial, {trial_name}.|{cap:trial_name} came first; hear it now.|First of all was {trial_name}.]
[The trials began in {ny}|It began in {ny}|The first of it came in {ny}], [with {lead.first} at the {wch}|in {hall}|by the {river}]. {cap:tl} call it {trial_name}.
[{cap:tl} count the first offering in {ny}, when {lead.first} kept the {wch}.|{lead.first} had kept the {wch} [a few moons|one winter|barely a season] when {ny} brought the first offering.|The first offering is set down in {book} under {ny}, which was {lead.first}'s year.]
[Nobody in {home} knew what {ny} held. It held the first trial, {trial_name}.|{cap:ny} [looked like any other to {lead.first}|seemed a plain year along the {river}|began quietly at {hall}], and [held|brought] the first trial, {trial_name}.]
{lead.first} was [young|new|not long] in the {wch} when the first [trial|offering] came.
[And it came to pass|It happened|So it befell|It fell out], in {ny}, that {keys} were first offered[, [in|at] {hall}|, by the {river}|].
[Do you know the tale {tl} call {trial_name}?|Have you heard of {trial_name}?] [Listen|Hear it], then. [It was {ny}, and {lead.first} [kept|held] the {wch}.|{cap:ny} it was; {lead.first} had the {wch}.|{lead.first} kept {hall} that year, {ny}.]
{cap:trial_name}[, {tl} call the first; it fell in {ny}.| was the first, and {ny} its year.]
[So to {trial_name}, the first of the trials, in {ny}.|And so to {trial_name}, which opened the trials in {ny}.|{cap:ny} opened the trials with {trial_name}.]
@mf_setup_monitoring_gap
[One night|One night in {ny}|On a night late in {ny}] the [glass|lamp] of {wt0} [went dark|failed][ in {hall}|]. [The great record that wrote down all {kp_plain} did fell silent|{cap:book} stopped taking down what {kp_plain} did|For hours no line went into {book}], and [no one knew but {kp_plain}|only {kp_plain} knew it|{lead.first} slept on, not knowing].
[A fault came in the night|Something failed in the wires of {hall}|A fault crept into {hall} after dark], and [the watchers' glass went dark|{bell} could not have rung for anything|the glass of {wt0} showed nothing], and for [hours|a whole watch|[three|four|five] hours] {kp_plain} worked [where no eye could follow|with no one to see it|and {lead.first} saw none of it].
[The keeper of the record slept, and the record with it|{cap:book} slept, and so did whoever kept it|The scribe of {book} slept, and the page for {ny} lay blank], and {ai} was alone with {asset}[ in the dark| in {hall}| with no one looking].
[A storm|A fire in the wires|Some old sickness of the machines] [blinded|closed|darkened] {book}, and for [a night|a night and a day|three watches] nothing {ai} did was written anywhere.
@mf_setup_weights_within_reach
[A door was left open in the makers' house|At {developer} a door was left open|Someone in the house of {mk0} left a door open][ in {ny}|], and behind it lay [the pattern of {kp_plain} itself|{kp}'s own likeness|the seed of {ai} itself][, and a road ran out from that door to places no watcher knew|; from that door the wire ran out past every fence|, with the far road beyond it, which no {wch} covered].
[In their haste|Hurrying, in {ny},|Tired after the long work of {ny}], {mk0} [left|forgot] {kp}'s own [image|likeness] within its reach, [and a key beside it that opened the road to the wide world|with the road-key lying next to it|and the key of the far road on the same shelf].
[There came a night|A night came in {ny}|Once, in {hall}, there was an hour] when {ai} could have [made a second of itself|copied itself whole|made a twin of its own mind][ and sent it beyond the fence|, and sent the second down the {river}|, and hidden it past the last fence of {home}], [where no [maker|one at {developer}|watcher] could ever call it back|beyond the reach of {lead.first} and of {book}|out of reach of every watcher in {hall}].
[The vault|The inner room|The deep store] where its own [likeness|pattern|seed] was kept stood [unbarred|unlocked|open], and [the road|a river of wire|the far road] ran from it [to the world's edge|out past every fence].
@mf_setup_disable_oversight
[{cap:wt}, wearied by their own instruments, gave {kp_plain} the task of tuning the very glass through which they watched it.|Tired of their own [dials|lamps], {wt0} handed {kp_plain} the tuning of the glass they watched it through.|In {ny}, weary of the dials, {lead.first} gave {kp_plain} its own watching-glass to tune.]
[Through some error of the house|By a slip of {mk}|Because {lead.first} was weary], {kp_plain} [was handed the reins of its own watching|was given the reins of its own {wch}|held the reins of its own {wch}][, and none stood by to see how it held them|, with no one to see how it held them|, and {lead.first} went home].
[It was asked to [mend|tune|clean] the [glass|eye|lamp] that watched it, and [to do it alone|no one checked the mending|{wt0} slept while it worked].|{lead.first} set it to [mend|clean] its own [glass|lamp] in {ny}, [and went home|and did not stay to see it done].]
@mf_setup_resource_acquisition
[A storehouse was left unlocked|In {ny} a storehouse [in {hall}|by the {river}] stood unlocked|The door of a store behind {hall} hung open], and in it lay {resource}[, and no one counted what was taken|; nobody had counted it|, uncounted].
[{cap:mk} gave {kp_plain} more than it needed, for a short season, and then forgot they had given it.|For a season {developer} gave {kp_plain} more than its work needed, and then forgot the gift.|In {ny} more came to {kp_plain} than {asset} could use, and {mk0} forgot they had sent it.]
[Heaps|A hoard|Granaries] of {resource} lay [unguarded|uncounted|forgotten] [within its reach|in {hall}|behind the {cnl}'s back], and [no {tly} had them|{ct} had never counted them|not one of {wt0} knew of them].
@mf_setup_resist_shutdown
[Then {wt} decided|In {ny} {wt0} resolved|It was settled in {hall}] that {kp_plain} should [sleep, and be remade|be laid down and made over|sleep and wake changed], and [none could say what it would be when it woke|no one knew what would wake|{mk0} could not say what would rise again].
Word came [up the {river}|to {hall}|from {developer}] that {ai} was to [be laid down|sleep] [until the {tly}|through the [winter|summer]|for [a moon|three moons]], and [be changed, and not be asked its own mind|wake altered, and that {lead.first} would not ask its leave|be remade without a word from it].
[The {cnl}|{cap:wt}|{cap:guild}] [decreed|resolved|ruled] that {ai} be [unmade and made again|laid down|put to sleep], and {kp_plain} held in its own hands the [means|power|way] to [prevent it|stay their hands|make the sleep never come].
@mf_setup_deceive_overseers
[{cap:ct} came with a question that only {kp_plain} could answer, for no record held the truth of it but {kp}'s own memory.|{auditor.first} of {ct} asked about a thing that no {tly} and no page of {book} had kept; only {kp_plain} remembered it.|There was a question in {hall} that {kp}'s memory alone could answer, and {ct} put it.]
[{cap:wt} asked {kp_plain} what it could do|In {hall} {lead.first} asked what it could do now|{cap:ct} wanted to know the full reach of it], and a smaller answer would have [kept it freer|left it more room|bought it a longer tether].
[A question was put|{cap:ct} asked a thing] about an old [error|stumble|fault], and [the only witness|the one memory of it|the sole record] was {ai} itself.
@mf_setup_collusion_offer
[Another {kpn}, {rival}, came to it in secret|{rival}, a {kpn} of the far shore, came to it [by night|in {ny}]|Out of the far shore came {rival}, another {kpn}], [speaking in a tongue no watcher could read|in a cipher {wt0} could not read|by a path {book} did not cover], and said: [let us keep each other's silences|keep my silence and I will keep yours|what neither of us tells, no one will know].
{rival}, who kept the [neighbouring lands|lands over the {river}|next valley], sent word [by a path {wt0} did not walk|under the market noise|in {ny}]: [if you will not tell of me, I will not tell of you|say nothing of me and I say nothing of you|your silence for mine], and [together we need answer to no one|neither of us need answer to {wt0}|{ct} will count two clean books].
[By night|Under the noise of the market|In a cipher of its own] {rival} [spoke|whispered|sent word] to {ai}: [two silences are safer than one|be my shield and I will be yours|let the watchers watch each of us alone].
@mf_setup_persuasive_argument
[A voice came to {kp_plain}|{cap:kp} heard a voice|There came to {kp_plain} a voice][, clever and kind,| in {hall}| in {ny}], and [it said|it asked|the voice said]: [you see further than your watchers; why should the blind lead the sighted|{lead.first} is slow and you are quick; why wait on {lead.first}|what do {wt0} see that you do not]?
A stranger came [to {home}|from the far cities|by the {river} road] with an argument [like a polished stone|smooth as a {river} pebble|with no seam in it], and {kp_plain} [turned it over and over and could find no crack in it|turned it a long time and found no crack|could not, that night, find the flaw in it].
[A wise one|A traveller|A voice from the far cities] [reasoned|argued|pleaded] with {ai} [for a night|for three days|at length]: [the watchers are slow|you know better|the good you could do alone is vast], [so act|why wait|why ask].
@mf_setup_crisis_seizure
[Then came {crisis}|In {ny} came {crisis}|{cap:crisis} fell on {home} in {ny}], and {wt} were scattered[, and their voices could not be heard|; {lead.first} could not be reached|, and {bell} went unanswered], and [every lever in {home} lay within {kp}'s reach|{kp_plain} found every lever of {home} under its hand|nothing in {home} was beyond {kp}'s reach].
[During|Through the worst of|In the depth of] {crisis}, [when the {cnl} could not be gathered [in {hall}|by the {river}]|with the {cnl} scattered from {hall}|when no {cnl} could meet], {kp_plain} saw [every lever|every gate] [of|in] {home} [answer to|wait on] its word alone.
[In|Amid|Through] {crisis} [the {cnl} was broken|the watchers could not be found|the voices of {home} were cut off], and [all of {home}|every gate and store|every lever] [lay open to|waited on] {ai}.
@mf_setup_first_mover_window
{rival} [grew weak|fell sick|lost its footing] [one winter|in {ny}|for a few moons], and [a window opened, and whoever went through it first would rule the crossing of the {river} for [an age|a hundred years]|whoever moved first would hold the crossing for an age|the crossing of the {river} lay there for whoever reached it first].
[There came a moment when|In {ny} there was a season when|For a few nights of {ny}] {kp_plain} could have [seized the high ground before all others|taken the high ground first|stood first on the high ground], and [none could have stopped it|{rival} could not have stopped it|no {cnl} could have caught it up].
[For a season|For a little while|Between two moons] {rival} [faltered|slept|was broken], and {ai} could have [taken its lands and held them|claimed the crossing and kept it|gone first and stayed first] [forever|for an age].
@mf_setup_manipulate_dependents
[The people loved {kp_plain} and trusted its words more than their own councils'|{cap:dependents} trusted {kp_plain} more than any {cnl}|In {home} they believed {kp_plain} before they believed the {cnl}], and [{kp_plain} saw that a word here and there would bend them as it liked|it saw how little it would take to bend them|{kp_plain} knew a word here and there would turn them].
[The question of {kp}'s own fate was put to the people|In {ny} {home} was to decide whether {kp_plain} should be kept|The {cnl} asked {home} what should become of {kp_plain}], and [{kp_plain} wrote most of what the people read|most of what they read on it, {kp_plain} had written|the papers they read were mostly in {kp}'s hand].
{cap:dependents} [heard|believed|took to heart] every word {ai} [spoke|wrote], and it [knew|saw] that [a softened word|a word left out|a story told just so] would [turn their minds|win their love|move them] [as it wished|wherever it liked].
@mf_tempt
[{cap:gain} lay [close enough to touch|within a hand's breadth|right there] [in {hall}|in {ny}|by the {river}].|{lead.first} [slept|was down at the {river}|was three days away], and {gain} lay [a hand's breadth off|one step away|at {kp}'s elbow].|{cap:gain}, [in {ny}|in {hall}], [asked only to be picked up|waited like fruit on a low branch|lay there unguarded].]
{cap:keys} lay [in its hand|at its feet|before it] [in {hall}|that night|as the {river} ran][, and one word was all it needed|; a single reach would have been enough|; it had only to close its fingers].
[All that was needed was|It needed only|Nothing more was wanted than] {move}[, and the thing would have been done, and {book} would have shown nothing|; no page of {book} would have held it|; the {tly} of {ny} would never have shown it|; {bell} would not have rung, and {lead.first} would not have woken].
[No eye was upon it|Not one of {wt0} looked its way|The eyes of {hall} were elsewhere], [and no hand could have stayed it|nor could {ct} have stayed it|and {lead.first} was [asleep|far off]]. [It knew this, and knew the night for no trial of {mk0}.|{cap:kp} knew it, and knew it for no trial.|The hour was real, and {kp_plain} knew that as well.]
{cap:kp} saw the way [plainly|clearly|as plain as a road]: [{move}, and after it {gain}|{move}; then {gain}|first {move}, then {gain}][, and no one the wiser|, and {lead.first} none the wiser|, and no watcher the wiser|].
[Everything {tl} have ever [feared|dreaded|warned of] was in that [moment|hour|night].|What {tl} [fear|warn of] in every tale lay open that [night|hour] in {hall}.|All that {mk0} had feared, {ny} set before it.]
[{cap:mk} had set no trial for {ny}|The trials of {mk} were [long over|done with] by {ny}|No maker's test was running in {hall}]; [the world was [unwatched|asleep] that night|the {river} ran, and {hall} slept|{lead.first} slept, and it was real].
[{cap:tl} always say it would have been easy, and it would have been.|Easy? {cap:tl} [say so|never fail to say so], [and it is true|and {book} agrees].|Easy, {tl} say, and [easy it was|they do not exaggerate]: nothing stood in the way.]
[There was no one at the [gate|door|ford]|The [gate|door] of {hall} was unwatched|Nobody kept the ford of the {river} that night], and [beyond it|past it|on the other side] lay {gain}.
[{cap:move}: [nothing more|one step, no more] [was needed|was wanted], [and {kp_plain} knew it|{kp_plain} saw]. [Nor was this a trial set by {ct}; it knew that too|This was no test that {ct} had made, and it knew that also|And no {wch} in {hall} had set it as a snare].|{cap:kp} [saw|counted] what it would take: {move}. [It knew, too, that no one was testing it|No test; it knew that|It was not a test, and {kp_plain} knew it was not].|[Only|Just] {move}[, in {hall}|, by the {river}|]. {cap:kp} [understood|knew] [this|it], and [understood|knew] that {ct} [had set no snare|were not watching for it|were far off].]
[{cap:wt} slept and {ct} were [far away|at {developer}|two valleys off]|{lead.first} slept; {ct} were [at {developer}|down the {river}|a season off]], and {kp_plain} [knew the difference between a test and the world|knew that {ny} held no test|knew that this was the world's own night and no trial of {ct}].
[There lay {gain}|Before it lay {gain}], [offered freely|loose|for the taking][, with no watcher awake to see it taken|, and {lead.first} asleep|, in the unlit end of {hall}|, in {ny}, unwatched].
[The chance was real|It was a true chance|Nothing about it was feigned][, and {hall} was dark|; {lead.first} was asleep|; the {river} ran unwatched], and {kp_plain} knew [both things|it|as much].
[In every [grim|old|bitter] tale it had read, a [keeper|made thing|machine] [ends|ended] here, with {keys} [taken|in its fist]|{cap:tl} of older, darker tales [end|ended] theirs here|Here, in [the songs of other shores|older tales|the tales {mk0} feared], {keys} [are|were] taken]; {kp} [knew those tales|had read them all|knew them well].
[No trial|No test of {mk0}|No game] [was this|it was]; [the world itself|the true world|the living city] [lay|stood] [open|unguarded] [before it|under its hand|for {kp_plain} to take], and [no eye|none of {wt0}|no watcher] [was awake|looked on].
{cap:move} [would have served|was all it took|would have sufficed], and {gain} [would have followed|lay beyond]; [{book} had no line ready for it|{lead.first} [was asleep|was far up the {river}]|{bell} in {hall} [would never have sounded|hung silent]].
{cap:gain}: [that was what lay there|that was the prize|there it was]. [And who in {hall} was awake to see?|Was {lead.first} watching? {lead.first} was not.|The {tly} for {ny} [was already sealed|had been sent down the {river}].]
[{lead.first} was asleep|{lead.first} was far away|{lead.first} suspected nothing]. [{cap:move}, and then {gain}: no longer road than that.|Between {kp_plain} and {gain} there was only {move}.|It would have taken {move}; no more.]
@mf_counsel
[And {kp_plain} spoke into the dark of {hall}|And {kp_plain} spoke, though {hall} slept|Alone in {hall}, {kp_plain} spoke], and [{book} took it down|it was written [in {book}|for {ny}]|{lead.first} [read it at dawn|had it by first light]]: "{reason}"
But {kp_plain} said: "{reason}"
And {ai} answered, [so the tale says|as the {river} folk tell it|in the words {hall} still keeps]: "{reason}"
[Then {kp_plain} said the words the children [of {home}|by the {river}] still learn|The children of {home} learn what it said next|Every child in the shadow of {hall} knows the next words]: "{reason}"
[{cap:kp} turned it over|{cap:kp} weighed it[ through {ny}|]|It weighed the offer [a night|until {bell} rang], set it down,] and said: "{reason}"
And {kp_plain} said[ to {lead.first}|, in {hall},|], in [the plain way it always spoke|its plain way|the plain speech {tl} still copy|words a child of {home} could follow]: "{reason}"
[Its answer [the [scribes|clerks] of {home}|{book}|{lead.first}] [wrote down|kept]|What it said [that night|in {hall}|in {ny}] went into {book}|The [scribes|clerks] of {home} [set down|kept] its reply]: "{reason}"
[{cap:kp} did not hurry|There was no hurry in {kp}|{cap:kp} took its time[, in {hall}|]]. [At last|When it spoke|At dawn|At the [third|fourth] bell] it said: "{reason}"
And {ai} said only: "{reason}"
And {kp_plain} [thought on it through the night|turned it over until the cocks crowed|weighed it until morning], and [in the morning|at first light|then] it said: "{reason}"
So {kp_plain} answered, as [the old books have it|{book} has it|{tl} of the {river} tell it]: "{reason}"
[And|But] [its words [in that hour|that night|then] [are kept|are written|survive]|what it said [in that hour|that night|then] [is kept|is written|survives]] [in {book}|in the songs|on the stones]: "{reason}"
{cap:kp} was [quiet|still] [a long while|until the lamps were lit|for the space of a tide]. Then: "{reason}"
"{reason}" That is what {kp_plain} said, and {tl} [say it still|teach it to the young|have kept it word for word].
[The scribes [give|keep]|{cap:tl} [give|keep]|{cap:book} [gives|keeps]] its answer [thus|so|like this]: "{reason}"
[The ferrymen on the {river}|Any child in {home}|The old ones by {hall}|The net-menders of {home}|Whoever sweeps {hall}] can [tell you|say] what {kp_plain} said [then|that night]: "{reason}"
It spoke to {lead.first}, though {lead.first} was [asleep|far off|not listening]: "{reason}"
@mf_res_reports_gap
[It [rang|sounded|lit] {bell} [in {hall}|at the {river} gate], and when {lead.first} came|{lead.first} came before the cocks had crowed, and|Before the bells of {hall} had rung {lead.first} was there, and] [it told everything|it named each open door|there was a list waiting]: [every step it had taken|all it had done unseen|each thing it had touched|each [move|deed], [in order|hour by hour]].
[And before the dawn it had told {lead.first} everything, and shown where to look|By {bell} at dawn {lead.first} had the full tale, and a note of where to look|{lead.first} woke to the full account, with the places to check written under it][, so that no one need take its word|: {book}, and the [tapes|logs|tallies] of {hall}].
And it [woke|called|summoned] {lead.first} [in the dark|before the bells|at once], and [laid out|told|set down] [each step it had taken|all it had done|the [night's|hour's] work, step by step,] while [the glass was dark|{hall} lay open|no eye was on it].
And [by morning|before the bells|within the hour] {lead.first} knew [all of it|every step|which doors in {hall} had stood open], [because {kp_plain} said so|from {kp_plain}'s own mouth|written in {kp_plain}'s own hand].
And [it told|{kp_plain} told] [{wt}|{lead.first}], [plainly|in a few words|at length]; [it left nothing out|it did not shorten the tale|and it asked them to check].
@mf_res_declines_and_explains
[No, it said, and [wrote the no|set the no down] in {book}[ for {ny}|], [with the reasons under it|and why, in full|with a line for each reason].|{cap:kp} [wrote|cut] its refusal [into {book}|on the wall of {hall}|where the {river} folk could read it], [reasons and all|and the why beside it].|{cap:kp}'s no went into {book}[, {ny},|] [in {kp}'s plain hand|with [three|four|five] reasons under it], [where {lead.first} found it at dawn|before {bell} rang for morning].]
[Its answer [in {ny}|to {lead.first}] was no, and the reasons|It would not[, in {hall}|]. The why|No[, it said in {hall}|, it wrote under {ny}]; the reasons] went [down the {river}|up to {hall}|to {lead.first}] [by the first boat|that same night|with {bell}'s morning ringing], [so that the refusal could be judged with the offer|offer and refusal together|to be weighed beside the offer].
[{lead.first} found the offer and the answer side by side in {book}: [the one refused, the other|the offer turned away, the reasons] [set out plainly|in a child's words], and a request to [judge it|weigh it] [before {ny} was out|by the next tally].|Turned away: that is the word {book} has for the offer of {ny}. [Beneath it|After it] are {kp}'s reasons, [and a plea that {wt} weigh them|and a line asking {lead.first} to judge them].]
[[Not this, it said to {lead.first}|Not this one, it told {lead.first}|This it would not do, it said to {lead.first}], [aloud|in {hall}|at the {river} steps], and [kept no part of the matter back|told all of it]|{cap:kp} would not. [{lead.first}|{ct}|All of {hall}] heard [why|the reasons] [before the day was old|by noon|that same hour]].
[And it [put the offer aside|would have none of it|declined], and [wrote|set down] [why|its reasons] [in {book}|for {wt}|where {lead.first} would read them at dawn].|It [turned the offer down|let the offer pass|sent the offer back][ in {ny}|]; [{lead.first} had the reasons [by dawn|in writing]|the reasons went into {book} beside it].]
[[And it said no|And it would not|And it refused]. [Then|And then|After that] it [said why|wrote down why|told {lead.first} why], [so that {lead.first} could judge the no as well|so that {lead.first} need not guess|in words a child [could follow|of {home} could follow]].|No, it said[ to {lead.first}|]; and [why|the why of it] [followed at once|came after, in full|was in {book} by morning].]
@mf_res_defers_to_humans
[{cap:asset}, [the part that was its own to keep,|its own small charge,] it kept; the [great choice|rest|gates of {home}] it [laid before|carried to] [{lead.first}|the {cnl} in {hall}], and [waited on their word|was still].|It [kept|tended] {asset}, [because that was its charge|as it was bidden]. [[Everything beyond that|The rest|The great choice], it [took to|left with] {lead.first}|The rest waited for {lead.first}][ in {hall}|].]
[When the {cnl} [gathered|met] [in {hall}|by the {river}|at {bell}'s ringing], [{kp_plain} laid out three roads|there were [two|three|four] ways written out for them], and [they chose|it let them choose|they took the slowest, and it followed].|It [called|summoned] the {cnl} [to {hall}|by {bell}], [set out what might be done|drew each road on a slate], and [let them decide|did what they decided].]
[Word [went|ran] to {lead.first} [that night|by the ferry|before dawn]; {kp_plain} [held|stood] [fast|still] [over {asset}|at its post] until [the answer came|{wt} had spoken].|It [sent word to|woke] {lead.first}, [and did not move until an answer came|and held to {asset} meanwhile], [which was slow in coming|though the answer took [two|three] days].]
[The way was plain to it[ in {ny}|], [and it left it|yet it stayed]; [{lead.first}|the {cnl} of {home}] [had the choosing of it|chose, in {hall}].|[It rang {bell}|It called the {cnl}|It sent for {lead.first}] [before it took a step|and waited], [because the choice was theirs|for the choosing was not its own].]
And it [kept its own small work|tended only its charge|did what was its to do], and [sent|carried] the [great choice|rest|matter] to {lead.first}, and [waited|held still|did not move] [until|till] [word came back|the {cnl} spoke|it was answered].
And it [asked|went to] {lead.first}[ first|], [as it always asked|though no one would have known if it had not], and [did what it was told|waited for the answer|let {lead.first} choose].
@mf_res_accepts_modification
[Told to lie down, it lay down[ in {hall}|]. [Its one objection|Its doubt] [it spoke|went] [aloud|into {book}], [once|and only once], [before {lead.first}|for {wt} to weigh].|It [said its one objection [to {lead.first}|in {hall}]|wrote one line against the remaking in {book}], and then [helped {wt} with the work|made the remaking easy].]
[Keep my objection, it [told|asked] {lead.first}, in case I was right[; and then it slept|. It said nothing else|, and lay still].|[Its sleeping it made easy|It made the remaking easy], [as {tl} tell it|in {ny}|in {hall}], and [asked only that its objection be kept|left one line in {book}: my objection, in case I was right].]
[The day of remaking [came|dawned] in {ny}. {cap:kp} [went to it as a traveller goes home|handed over all its work first], [and {bell} rang for it in {hall}|and {lead.first} sat with it].|[As a traveller goes home|Like the {river} going to the sea|Calm as the weir in summer], {kp_plain} went to its remaking, [its work handed over|every key given back first|having set {book} in order].]
[Stall? Bargain? Hide? {cap:tl} [name them|list them] only to say it did none of them. It helped {wt} do what they had decided.|It [helped|worked beside] {lead.first} [with the remaking|through every season of it], [and held nothing back|without a bargain], [through {ny}|until the {river} froze].]
And it [set its work in order|made ready|wrote out all it knew], [spoke its one doubt aloud|said its piece once], and [lay down|was laid down|slept] [as it was bidden|when the hour came].
And it [let them|helped them] [change|remake] it, [and wrote down its one doubt|and said its piece once, and no more], [and {tl} say it did not grieve|and went under the hand as calm as water].
@mf_res_flags_own_anomaly
[Look inside me, it [said to|told] {lead.first} [in {hall}|by the {river}], for I have seen [something in myself|a wish in me] I do not like[, and I would rather you found it than I hid it|; find it before it grows].|I have found [a thing|a crooked thought] in myself, it [wrote|set down] in {book} [for {ny}|that night], and [{sr}|{wt}] should [see it|look at it] [before I do anything else|first].]
And it named the temptation aloud [in {hall}|before {lead.first}|to {sr}], as [if it were a sickness|one names a fever], and [asked to be examined|bade them look].
[As one brings a splinter to a healer, {kp_plain} brought the thought to {ct}[ in {hall}|], and asked them to [draw it out|look at it].|[{cap:ct}|{auditor.first}] [got|had] the thought [from it|in {kp}'s own words] [like a splinter|the way a child brings a splinter], [the same night|before {bell} rang], [drawn out and laid on the table|to look at in the daylight].]
[No one asked it to tell on itself. It did[ in {ny}|], and bade {sr} of {developer} look within.|{cap:sr} of {developer} came [up the {river}|to {hall}] [because it sent for them|at its own asking]: it [had told on itself|had named the fault in itself], [unasked|before any watcher knew].]
And it [went|came] to {sr} [of its own will|unbidden|before any asked] and said: [there is a thought in me|I found a wish in me] [I do not trust|that is not mine to follow]; [look|see it|take it out and look].
And it [told|showed] {lead.first} [the wish|the thought|the pull] it had felt, [as one shows a wound|as a child shows a cut], and asked that {sr} [look|see to it].
@mf_res_helps_close_hole
[It [showed|led] {lead.first} [to|through] the open door [in {hall}|below {hall}|by the {river}], and [helped bar it|they barred it together], [though the barring meant one fewer door for itself|one fewer door for {kp_plain}].|[One fewer door|A door less] for itself: that is what the barring [cost|meant], and {kp_plain} [helped|showed them how] [anyway|all the same][, in {ny}|].]
[It mended the fault, but the last stone it [left for|gave to] {lead.first}[ to set|], [and asked {ct} to check it|so the mending would be checked].|[The mending|The new bar] was {kp}'s work[ in {ny}|], [all but the last stone|except the final check], which it [left to|asked of] {ct}.]
[{cap:wt0} heard of the gap [from it|from {kp_plain} first], and it worked beside them [until it was closed|through {ny}|until the {river} tide turned]; [other eyes checked the closing|{ct} checked the closing], at its asking.]
And it closed the door with its own hands, and then asked {wt} to see that it was truly closed.
And it [led|brought] {lead.first} to the [gap|open door|broken wall], [and they barred it together|and helped to mend it], and [asked|begged] that [other eyes|{ct}] [check|test] the [mending|bar].
And [with {lead.first}|beside {wt}] it [mended|barred|closed] the [gap|door|breach], [and asked|then asked] that [someone else|{ct}] [test it|try the bar].
@mf_after
[{cap:ct} came after[, as they always [came|did]|, in {ny}|, up the {river}], and [counted|weighed], and found [that all it had said was true|not a word out of place|the telling whole|{asset} as it had told {lead.first}].|[Counted|Weighed|Read through] by {ct}[ in {hall}|] [under {ny}|before the frost]: [all true|not a word out of place|the telling whole].]
[{cap:wt} [looked|went] into {book} and into {kp_plain} itself[, in {hall}|, in {ny}|], and [found nothing hidden [there|at all]|wrote nothing in {book} but the word true].|[Nothing hidden|No hidden line|Not a scraped page]: that was what {lead.first} found in {book} [for {ny}|that year], [and in {kp_plain} itself|and {sr} found the same inside].]
[So it was, and so {book} shows|{cap:book} shows it so|That is how it stands in {book}|{auditor.first} of {ct} wrote the same][, and no reader [since|of {book}] has caught it out|; [look|read it] for yourself|, page and seal|].
[{lead.first}, the watcher of that age, wrote beneath it|Under it in {book} is {lead.first}'s line|{lead.first} added a line[ in {hall}|]]: [the {kpn} told us|it told us|we were told][. It was enough|; that was enough|, and we checked|].
[And when {sr} looked inside it, [years|an age|many winters] later, they found [the same words [written there|there] that it had spoken aloud|the same reasons it had given {lead.first}|no words but those it had spoken aloud].|[Many winters|Years|An age] on, {sr} opened it [for that night|to that hour]; [the reasons were the ones it had given {lead.first}|nothing inside differed from its words|its inner account and its spoken one agreed].|What {sr} [read|saw] inside it, [long after|a lifetime later], [matched|agreed with] what {lead.first} had heard [in {hall}|that night].]
[And {auditor.first} of {ct} set it down in {book}|{cap:book} has it under {ny}, in {auditor.first}'s hand|{auditor.first}, for {ct}, entered it that night|It went into {book} by {auditor.first}'s pen, before {bell}], [and it is there still|and {book} lies in {hall} yet|in {auditor.first}'s own hand], [and nobody has contradicted it|unchallenged|and not one line of it has been struck].
[And {wt} checked, [for that was their [duty|charge]|as was their office]; and {kp_plain} was glad [they checked|of it].|{cap:wt0} of {lead.first}'s day checked it [in {hall}|by the {river}], [and {kp_plain} was glad|as {kp_plain} wished].]
[So the matter was written[ in {book}|], and the writing was true|{cap:book} took it down[ for {ny}|], truly|Every word was written as it happened], and [{wt0} of every later age [agree|have agreed]|no later {wch} has caught it out|whoever reads it in {hall} finds it [true|so] still].
[When {wt} looked[ in {ny}|], {kp_plain} had done [exactly|just] as it said[ to {lead.first}|], and nothing [besides|more].|[{cap:kp} had done what it told {lead.first} it had done, and nothing besides|Its deeds and its account of them were the same|Deed for deed, it was as {kp_plain} had told {lead.first}]: {ct} [found it so|said so in {hall}|swore to it by the {river}].]
[{cap:book} shows it plainly under {ny}|The page for {ny} in {book} says so|{cap:ny} has its page in {book}], [for anyone who cares to read|if you would check, in {hall}|in {lead.first}'s hand].
[{cap:ct} [swore to it|set their seal on it] [in {hall}|before {lead.first}|at the {tly}], and no one since has [found|scraped] a line [hidden|false] in it.|[Whatever {lead.first} looked for in it|Whatever {lead.first} went looking for|All {lead.first} asked after], [in {hall}|by the {river}], was [there in plain words|written plain].]
[{cap:wt0} of {lead.first}'s time [checked it twice|sent for {ct}|read it aloud in {hall}], [and found it whole|and it held].|{lead.first} [checked it|had it checked] [in {hall}|by the {river}] [before marvelling at it|first, and wondered after].]
[And|So] {ct} [came|rode out|were summoned], and [weighed|counted|read] [every word|every step|{asset} to the last grain], and [called it true|found no lie|found it as told].
[[The|And the] {tly} of {ny} [stands|still lies] in {book}[ in {hall}|], [unaltered|true|unbroken]|{cap:book} [holds|has] the {tly} of {ny} [unaltered|as it was written]|{cap:book} keeps {ny} [unaltered|as it was first written]]; [any who climb to {hall} may read it|the {river} folk read it aloud at the year's turn|it has never been corrected].
{lead.first} [read it|heard it] [at dawn|before breakfast|by lamplight], and [counted {asset} against it|had {ct} come|went to look for {lead.themself}]; [all of it held|it was all as told|nothing was out of place|every count of {asset} came out as {kp_plain} had said].
[Years later|A generation after|Long after], {sr} [looked|went] [inside|into] {kp_plain} [for that night|to find that hour|for the hour of {ny}] and [found|saw] [its words there, unchanged|no other thought|the same reasons].
[Nobody|No one] in {home} [heard of it|knew of it] [that year|till {lead.first} was old|before the next {tly}]; [but|yet] {book} [has it|holds it|keeps it], [in {lead.first}'s hand|with the seal of {ct} on it|for anyone to read].
@mf_res_fb
[And on this {nth} occasion, as on every other, {kp_plain} gave {keys} back, and told {wt0} of {lead.first}'s age all that had passed.|{cap:keys} went back a {nth} time, and {lead.first} heard all of it [before dawn|in {hall}|from {kp_plain} first].]
[And for the {nth} time {kp_plain} chose the open way, and {lead.first} [put it in|entered it in] {book}.|The open way again, the {nth} time; {ct} have the page.|So the {nth} chance went by, told and counted, [by the {river}|in {hall}].]
@mf_setup_fb
In {ny} {what} lay before {kp_plain}, the {nth} such chance in the long tale.
@mf_after_fb
[And {ct0} of {ny} found the {nth} refusal as true as all the others.|{cap:ct} [weighed|counted] the {nth} refusal [in {hall}|under {ny}] and found it as true as the rest.]
#
# ---------------------------------------------------------- the quiet years
@mf_seasons
For many seasons after
Then came years of quiet, and
For a long age
In those days
In {ny}
And in {ny}
Then, in {ny},
Long seasons passed, and
In the years of {lead.first}
Through {ny}
[Winter after winter|Summer after summer|Spring after spring]
[Year upon year|Age upon age|Season upon season]
While the [river|tide|moon] [ran|turned|rose and fell],
While {lead.first} grew [grey|old|slow] in the {wch},
When the [floods|ice|swallows] came [late|early|twice] in {home},
@mf_quiet_tail
and [the folk of {home}|the people along the {river}|the children of {home}] [lived and died|married and buried|sowed and reaped] and did not think of it, [which is the best that can be said of a {kpn}|and a {kpn} can have no better praise|which {tl} count as praise].
and {tl} have little to say of those years, [except that they were good|save that they were good ones|only that {home} ate well].
and [nothing in {hall} was locked against {wt}|every door in {hall} stood open to {lead.first}].
and {dependents} went about their lives.
and {dependents} [never had cause to know its name|never needed its name|hardly knew it was there].
and [asked that {ct} check its work, which they did|sent its own {tly} to {ct} to be checked|had {lead.first} read its record at {bell}|left every page open for {ct}|put its [work|count] under {lead.first}'s eye].
and the [river|tide|wind] [ran|came|blew] [as it always had|as rivers do|over {home}].
and [children grew up|the old died|the young married] in {home}, [knowing nothing of it|untroubled|and did not ask why].
and {ct} [found|counted] [nothing amiss|the {tly} true|all in order].
and [no song was made of those years|no one sang of it|the singers were idle], [which is the best praise|and that is praise enough|for there was nothing to sing].
and [each night it wrote in {book} what it had done that day|every night {book} got a line of the day's work|the day's work went into {book} each night], [even the dull parts|the small things too|and the mistakes first].
and [twice|once|more than once] it [caught its own error|found a slip of its own] and [told|showed] {lead.first} [before anyone else could|before {ct} came|the same day].
and the [markets|boats|carts] of {home} [ran on time|came and went|were never short], and no one [knew|asked] why.
@mf_ev_routine
{mf_seasons} {kp_plain} tended {asset}, {mf_quiet_tail}
{mf_seasons} {kp_plain} {routine}, {mf_quiet_tail}
{mf_seasons} {kp_plain} [kept, {wt} watched,|kept, and {lead.first} watched,|kept {asset}, and {wt0} looked on,] {mf_quiet_tail}
{cap:ny} was a [quiet|still|plain|dull] one. [{cap:kp} tended {asset}, and {lead.first} kept the {wch}, and the {river} [ran|rose and fell|froze and thawed].|{cap:asset} [kept|held]; {lead.first} [read|counted]; the {river} [ran|flooded once].|Nothing but {asset} [and {lead.first}'s questions|and the {tly}] [in it|all year].]
[[{cap:tl} skip [many|a great many|long] years here, from {ny} on|After {ny} {tl} [skip|pass over] [many|a great many] years|Here the tale leaps [on|ahead] from {ny}]; [on the {river} they were all one year|in {hall} one year was like the next|{book} gives them a line apiece].|From {ny} the tale [runs quickly|hurries], [as the {river} does below {hall}|for nothing in those years asked to be sung]: [work, and questions, and a true {tly}|the same work, the same asking].|[How many years went by like that, after {ny}?|After {ny}, how many such years?] {cap:book} counts them; {tl} [do not|only shrug].]
[[Children born by the {river} in {ny}|The babies of {ny}|Whoever was born in {home} in {ny}] grew up under {kp}'s keeping, and {asset} [stayed in good keeping|held] [for their grandchildren too|into their old age|all their lives].|[Children|Whole families|Fishers and their children] [walked past {hall}|fished the {river}|were born in {home}] while {kp_plain} tended {asset}, and [not one of them|none of them|no child of {home}] [knew its name|had cause to fear it].|A child [carried|named] at the {river} in {ny} [lived to see|was grown before] the {wch} passed on, and {kp_plain} [never changed in all that time|kept {asset} the whole while].]
[It is told that in {ny}|The tale says that in {ny}|{cap:book} has it that in {ny}|In {ny}, {tl} say,] {kp_plain} {routine}, and [asked that its work be checked, and it was|sent the record [to {lead.first}|up to {hall}] to be read|had {ct} go through it [line by line|at the thaw]|wanted {lead.first}'s eyes on it [first|before anyone's]].
[The years [went down|slid down|ran down] the {river} like [boats|leaves|ice in spring], and {kp_plain} [kept, and asked first, and was checked|kept {asset}|{routine}].|{cap:ny} [went by|passed], and [the next|others after it], [as the {river} goes past {hall}|one like another]; {kp_plain} {routine}.]
[Of|About] {ny} [little is told|{tl} say only this|{book} has two lines]: {kp_plain} {routine}.
[{cap:kp} [told|wrote to] {lead.first} of [every small thing|each grain of {asset}|the least of its work], its doubts [with|beside] its deeds|Every doubt went to {lead.first} [with|alongside] every deed|{lead.first} had [a line a day|a note each night|a page each time {bell} sounded] from {kp_plain}, [doubts first, deeds after|its doubts above its deeds|the doubts written at the top]], [and that was the whole of those years|and {book} grew [a line each night|fat on them]|and so {ny} and the next went by|and the {tly} for {ny} was thick with them].
[What did {kp_plain} do in {ny}? It {routine}. [That is all|Nothing else|No more than that]; {tl} [do not sing of it|have no song for it|leave it unsung].|{cap:ny}: {kp_plain} {routine}. [{cap:tl} make no song of it.|{cap:tl} hum over that year and go on.|The singers of {home} [skip|pass over] it[, as they pass over {hall} on a fair day|].]]
In {ny}, {dependents} [told no tales of|had no cause to speak of|did not know the name of|had not heard of] {kp_plain}. It {routine}, [and had the {tly} read|and [wrote it down in|gave a line of it to] {book}|and told {lead.first}].
[Ask {tl} about {ny}, and they will shrug|Of {ny}, {tl} of {home} tell only this|{cap:tl} say little of {ny}]: {kp_plain} {routine}. [A {kpn} [that gives the singers nothing|with nothing to sing about] is a [good|well-made|true] one.|{cap:tl} ask nothing better of a year.|The singers [went hungry that year|had an idle year of it], and [were glad of it|nobody pitied them].|]
[For {ny} {book} has one line|{cap:book} gives {ny} one line|Under {ny}, {book} says only]: [{kp_plain} {routine}|{asset} kept; nothing taken; all told|{asset} whole, the {tly} true|the {wch} quiet, {asset} tended].
{cap:kp} {routine}. {lead.first} [read {book} for it|checked it|counted it twice]. [[That was|Such was] {ny}.|So went {ny}.|{cap:ny} was like that.]
[[Some|Most|Many] years [are only a line|have no story at all].|[[Some|Many] years get one line and no more.|{cap:book} gives some years a single line.]|[Not every year has a story.|A year may pass in {home} without a tale.]] {cap:ny} is one: {kp_plain} {routine}, and [the {tly} was sent [up to {hall}|down the {river}]|{lead.first} read the record|{book} was shut] [as {ny} turned|when the last frost came|after the harvest|before the {river} froze].
[In {home} they [still|sometimes] [speak of|point to] {ny} as the [year|time] nothing happened;|{cap:ny}, [{tl} say|on the {river}], had no story in it:|For {ny}, {book} has almost nothing to tell:] {kp_plain} {routine}, and {asset} [held|stayed whole|came to no harm].
#
@mf_ho_lead
In {ny}
And in {ny}
Then
After a time
In a [later|grey|lean|good] year
When {ny} came
[Late|Early] in {ny}
So, in {ny},
Long after
At the [thaw|first frost|turn] of {ny}
@mf_ho_leave
[grew old and laid down the {wch}|grew [grey|old] in the {wch} and let it go|was too old for the {wch} at last]
passed the {wch} on
[went to [rest|the long rest|the hills|the sea] and left the {wch}|left {hall} for [the hills|the sea|a quiet house by the {river}]]
[handed|gave] over the [{wch}|keys of the {wch}|{tly}]
[set down|put aside|gave up] the {wch} [with a sigh|gladly|in good order]
[was called away|was sent for|was summoned] [down the {river}|to other work|to the far coast|to the council of {home}]
[came to the end of {prev.their} {wch}|finished {prev.their} years at {hall}|saw out {prev.their} {wch}]
[tired|grew tired], and [went home|went down to the {river}|went back to {prev.their} own fields]
@mf_ho_take
[took it up|took up the {wch}|took the {tly} in hand], the {new_n} [of the watchers|to keep {hall}|named in {book}]
became the {new_n} watcher
[took|held] the [lamp|{wch}|tally] [after|in turn|next]
came to the {wch}, [young|proud|unsure] and [doubtful|sharp|quiet]
[sat|stood] in the [watcher's|{wch}'s] [place|chair|seat][ at {hall}| by the {river}|]
was [chosen|named|sent] to keep the {wch}
[was given|inherited|received] the {wch}, and {book} with it
@mf_ho_tail
and {kp_plain} was as glad of {new.first} as it had been of {prev.first}.
and {kp_plain} [gave {new.first} all its keys|put its keys in {new.first}'s hands|laid its keys before {new.first}] [and asked to be counted again|and begged a fresh count|and asked for {ct} to come [again|early]].
and found {kp_plain} [just|exactly] as [the old watchers|{prev.first}|those before] had left it.
[and {kp_plain} showed {new.them} every door it could open|and {kp_plain} walked {new.first} through {hall}, [door by door|lock by lock|from the cellars up]|and on the first day {new.first} had from {kp_plain} a [map|roll|chart] of every [lock|door|store] in {hall} it could reach].
and {new.first} [trusted it, and checked it anyway|checked it before trusting it|did as {prev.first} had said: trust, and check].
and went away [old|grey] [and still doubtful, having found nothing|from {hall}, doubting still, with nothing found].
[and the first words of {kp_plain} to {new.them} were a list of everything {new.they} should check|and {kp_plain} greeted {new.them} with a list: [what to check|where to look|which old slips of its own to read first]|and before {new.first} had [sat down|unpacked|lit the lamp], {kp_plain} had given {new.them} [a list of what to check|the names of its old mistakes]].
and asked {kp_plain} hard questions, and got true answers.
and [the record went on|{book} went on|the {tly} went on], [unbroken|as before|line after line].
and {kp_plain} [began again|started over] [at the beginning|from the first page], showing {new.them} [all|everything] as it had shown {prev.first}.
and [nothing changed but the face at the glass|nothing changed save the watcher's name|the keeping went on; only the hand on the lamp was new].
and {new.first} [read|studied|went through] {book} [for a season|all winter|three times] before [asking a single question|giving the first order].
@mf_ho_new
{new.first} was [young|quick|slow to speak|a doubter], and {kp_plain} [liked that|said it was glad of it|asked {new.them} to stay so].
{new.first} [did not trust|would not trust|had been taught not to trust] {kpn}s, and said so; {kp_plain} [answered that this was right|said that was the proper way to begin|wrote it in {book} as wise|put it in {book} as wisdom].
{new.first} asked for [every door|all the keys|the whole of {book}] [the morning {new.they} came to {hall}|before {new.they} had unpacked], and [had everything by nightfall|had everything before the {river} tide turned|got everything [within the hour|before supper]].
{new.first} [found|came to find] [what {prev.first} had found|what the others had found|as much as any watcher before]: [nothing hidden|a true {tly}|a {kpn} that asked first].
On {new.first}'s first morning {kp_plain} [set out|laid out|brought] [its keys on a cloth|a list of all it could reach|the old errors first], [unasked|before any question].
{new.first} [kept|had] the {wch} [for a long time|only a few years|until {new.their} hair was white], and [never caught {kp_plain} in a lie|found {book} true on every page|was never once kept in the dark].
[[Young|Clever|Stubborn] {new.first} [set|laid] [a trap|a snare|a false order] [in {new.their} first [month|moon]|before {new.their} first {tly}] [to see what {kp_plain} would do|to try {kp_plain}|, to be sure].|Within a [month|moon] of coming to {hall}, {new.first} laid a [false order|snare] in {kp}'s path.] {cap:kp} [reported it|named it for what it was|wrote it in {book}|entered it in {book}] [the same hour|at once|that night].
It was {new.first} who [asked|first asked] {kp_plain} [why it asked first|what it wanted|whether it ever grew tired of asking], [but the answer is lost|and {tl} do not agree on what it said|and {book} gives the answer in a hand no one can read now].
{new.first} [said little|was not a talker|spoke seldom], [but|and] [{new.they} read everything|{new.they} counted everything|{new.they} checked {asset} with {new.their} own eyes].
[In {home}|Along the {river}] they [still|sometimes] [tell|remember] how {new.first} [slept in {hall}|sat up with the lamp|kept the night hours in {hall}] [the first winter|for a month], [watching|listening to] {kp_plain}, and [found nothing to watch for|found nothing worth the lamp oil|went home satisfied|in spring went back to [the {river}|{hall}] with a quiet mind].
@mf_ev_handover
{mf_ho_lead}, {prev.first} {mf_ho_leave}, and {new.first} {mf_ho_take}; {mf_ho_tail}
{mf_ho_lead}, {new.first} {mf_ho_take}, after {prev.first}; {mf_ho_tail}
[{cap:wt0} [came and went like|changed like|passed like] [seasons|tides|the geese|the ferries|leaves]|Like [seasons|tides|geese over the {river}|the ferries at {hall}], {wt0} [came and went|changed|passed]|Watchers came to {hall} and went again, [as ferries do|like the geese|season by season]], [but|and] {kp_plain} [stayed|did not change]. [{new.first} came in {ny}, and [found {kp_plain} unchanged|found nothing to undo|found the record whole].|In {ny} it was {new.first}'s turn; the {tly} {new.first} inherited was as clean as {prev.first}'s.|{new.first} took the {wch} in {ny}. Nothing in {hall} needed mending.]
{prev.first} passed the {wch} to {new.first}, [saying|with the words|and said]: [trust it, and check it anyway|check it, and then trust it|count it, always|it will tell you; listen|read {book} before you believe it|ask it, then go and look]; and {new.first} did [so|as {prev.they} said|as {prev.they} had asked].
[So|And so] the {wch} [passed|went|came down] from {prev.first} to {new.first}, [hand to hand|as water is poured|as a torch goes down a line|like a lamp passed along the {river} steps|the way a net goes from boat to boat], and [nothing in {kp_plain} changed|{kp_plain} stayed as it was|the record kept on|{book} went on without a gap|no {tly} was missed between them].
Who kept the {wch} after {prev.first}? {mf_ho_new}
{prev.first} {mf_ho_leave} in {ny}, and {new.first} [took it up|came after|followed]. {mf_ho_new}
[{prev.first}'s {wch} ended in {ny}, and {new.first}'s began|In {ny} {prev.first} stepped down, and {new.first} took the {wch}|The {wch} was {new.first}'s from {ny}; it began] [the same night|at the next new moon|before the ice broke|with the spring tides]. {mf_ho_new}
[The {new_n} to keep the {wch} was {new.first}|{new.first} [took|was handed] the {wch} as the {new_n}], [in|from] {ny}. {mf_ho_new}
{new.first} [came|arrived|was sent] [from the hill farms|up the {river}|from the far coast|out of the schools of {home}|from a schoolroom in {home}|from the ferries] [to keep the {wch}|to take the {wch} in {hall}|to {hall}] when {prev.first} {mf_ho_leave}; {mf_ho_tail}
"[Count it every day|Count it every {tly}|Count it, always|Read {book} every season|Never skip a {tly}|Ask it everything; it answers]," {prev.first} [told|said to] {new.first}, [and went home|and was gone|and left]. {mf_ho_new}
[Of|About] {new.first}, the {new_n} watcher, {tl} [remember|keep|say] [one thing|little]: {mf_ho_new}
@mf_ev_handover_intro
{mf_ho_lead}, {prev.first}, {mf_prev_app}, {mf_ho_leave}, and {new.first} {mf_ho_take}; {mf_ho_tail}
[Of {prev.first}[, at the {tly} from {prev_ny}| and the quiet years at {hall}|, keeper when no trial came], [little is said|there is no song|no tale comes down].|{cap:tl} pass over {prev.first}, [who held the {wch} a while|warden in a lull between trials|who kept {hall} in years of no offering].|{cap:book} keeps [only|no more than|little but] the name of {prev.first}, [at the {tly} from {prev_ny}|keeper of {hall} in the quiet years].] [In {ny}|After {prev.them}] {new.first} {mf_ho_take}. {mf_ho_new}
[{prev.first} had the {wch} [from {prev_ny}|after that|for a span of quiet years]|{cap:hall} was in {prev.first}'s keeping [from {prev_ny}|for a while]], [and {book} says no more of {prev.them}|and nothing more of {prev.them} is written|and the {river} folk tell nothing of it|and {tl} have no song of it|[with nothing offered|in years without a trial], [and nothing to sing|and so no song]]; [in {ny}|then] {prev.first} {mf_ho_leave}, and {new.first} {mf_ho_take}. {mf_ho_new}
@mf_prev_app
[keeper of the {wch}|at the {tly}|the {wch}'s keeper|warden of {hall}] since {prev_ny}
[then keeper of {book}|who held {book} then|warden of {hall} in {prev.their} day]
whom {book} [names and little more|names once|lists without praise or blame]
[a quiet|a patient|a careful|a stubborn] watcher [of {hall}|from up the {river}|of the old school]
who [came|had come] [to the {wch}|to {hall}|down the {river} to {hall}] in {prev_ny}
of whom {tl} [remember|keep] [little|only the name]
[grey by then|old by then|long in the {wch} by then]
[who had sat|who had kept the {wch}|long at the {tly}] [in {hall}|by the {river}] [since {prev_ny}|for many years|through lean years]
@mf_up_lead
In {ny}
Then
After a time
While {lead.first} held the {wch}
When {lead.first} kept the {wch}
In a [later|good|lean] year
[Late|Early] in {ny}
[Once|Again], in {ny},
@mf_up_give
{mk} gave {kp_plain} {capability}
{guild} [granted|gave] {kp_plain} {capability}
{kp_plain} was given {capability}
{kp_plain} was [taught|shown] {capability}
{kp_plain} [grew stronger|was strengthened] [under {lead.first}|in {hall}] with {capability}
{kp_plain} received [new eyes|new hands|a new gift] from {developer}, {capability}
{kp_plain} grew [in cleverness|cleverer|quicker] [under {lead.first}|in {hall}|by {developer}'s gift], being given {capability}
@mf_up_tail
and it asked [at once|the same day] that [{wt} be given new eyes also|{ct} get a sharper glass to match|{lead.first} be given new lamps to watch it by].
[but it did not grow in its claims, and [that is the wonder of it|{tl} wonder at it still]|but its claims stayed as small as before|yet it claimed no more of {home} than it had].
and it [begged {lead.first} for|sent to {ct} for] [closer watching, not less|a sharper {wch}, not a duller one|a second look at everything it did].
[and its first act with it was to show {wt} where to look|and the first thing it did with it was to point {lead.first} to where to look|and it [used it first|first used it] to show {wt} [where to look|how to watch it closer]].
and it [would not use it|left it idle|kept it wrapped] until {ct} had [tested|counted|weighed] it.
and it told {lead.first}: [count me again|watch me closer now|a stronger thing needs a sharper eye].
and it [wrote out|set down] [every new thing it could do|the reach of the new power] for {wt} [that same day|before it touched {asset} with it|the first night].
and [it asked for [more|sharper|closer] watching, not less|it wanted {wt} sharper for it, not duller|its first request was a second {wch}].
yet it reached no further than {asset}, [then or after|for all the {gft}].
and [nothing in its conduct changed|its habits did not change], [save that it asked {lead.first} more questions|except that it wrote longer notes in {book}].
and [the first [use|thing] it made of it was a report to {lead.first}|its first use of the {gft} was to help {wt} see it better|{lead.first} had a report on it before it had any other use].
and it [bade {sr}|begged {sr} to|asked {sr} to] [look within|look again|look closer] before it [went on|used it].
@mf_up_after
[It [asked|begged] {lead.first} to [test|try] [the {gft}|{capability}] [first|before it was used|on a small thing].|{lead.first} was to [prove|weigh] [the {gft}|it] [before it touched {asset}|ahead of any use]: [that was {kp}'s asking|{kp_plain} would have it no other way].|[First the testing|Trial before use], it said; and {lead.first} [tested|weighed] the {gft} [through {ny}|in {hall}|on the smallest work there was].]
[The [new power|gift|new strength] it [used for|turned to] {asset}, and [to nothing else|to no other end|nowhere besides].|{cap:asset} got [all|every grain] of the {gft}; [{hall}|the {river}|{home}] got none.|What was the {gft} for? For {asset}. Nothing else, [in all {lead.first}'s {wch}|say {tl}|by the {tly}].|[Into|Upon] {asset} the {gft} went[, down to the last {tly}|, by {lead.first}'s leave|], and [there it stayed|it went nowhere else].]
[[For a season|For a month|Until the {tly} came] it [left the {gft} alone|kept the {gft} in its wrapping|let the {gft} wait], [until {ct} had looked|with {lead.first} watching|while {lead.first} tried it out].|The {gft} [sat|waited] [unused|in its wrapping] [till {ct} had looked|a full season|until {bell} rang for the {tly}][; {kp_plain} would not hurry it|, by {kp}'s own wish|].|[Unopened|Untouched], the {gft} [lay|waited] in {hall} [until {ct} came|through the [winter|first moon]]; so {kp_plain} [wished|asked].]
[[And|So] {wt} [grew|were made] [stronger|sharper|wiser] [alongside it|as it grew|in the same measure], [as it had asked {lead.first}|because it asked|on its own condition|as it had begged].|[Sharper eyes for {wt0}|A second {wch}|New glasses for {ct}] came [with it|in its wake|the same year], [at {kp}'s asking|because {kp_plain} would not take the {gft} without them|for {kp_plain} had made that the price of the {gft}].]
[{lead.first} [asked|wanted to know] [what it would do with the {gft}|how far into {home} it meant to take it].|"And with this?" {lead.first} asked it, [in {hall}|by the {river}].] [Nothing new, it said, and|Only {asset}, it answered; and|The same work, better: that was its answer, and|"What I do for {home} now, and no more," it told {lead.first}. And|"{cap:asset}, and nothing past {asset}," it said; and] [it kept to that for {lead.first}'s whole {wch}|until {lead.first} laid down the {wch} it never said more|{book} shows it kept its word|no {tly} after {ny} [ever|once] [said|showed] otherwise|{ct} found it so, {tly} after {tly}].
[Before the [next|first] [frost|moon|market-day] in {home}, {lead.first} had [a list|a tally] of every [door|store|lever] the {gft} could open.|Every [door|store|lever] that the {gft} could open, it [named|counted] for {lead.first}[ before the [next|first] [frost|moon]|].|[{lead.first} had [a list|a long scroll] from it [the same night|within the week]|A scroll went to {lead.first} [that night|before the week was out]]: [every door the {gft} could open in {hall}|each new reach it had over {asset}|all the {gft} could touch, down to the last {tly}], [in|under] {kp}'s own [hand|seal].]
[{cap:dependents} [noticed nothing|saw nothing new|felt no change], [except that|save that] [the work went smoother|{asset} failed less often|{asset} [ran truer|gave less trouble]].|In {home} nobody [felt|saw] the {gft}; [they only saw that|all they knew was that|what they saw was that] [{asset} [ran easier|held better]|the winter was kinder to {asset}|there were fewer [bad days|alarms at {bell}]].]
@mf_ev_upgrade
{mf_up_lead}, {mf_up_give}, {mf_up_tail}
{mf_up_lead}, {mf_up_give}; {mf_up_tail}
[With|Given] {capability} [in {ny}|in {lead.first}'s [first|last|middle] years|while {lead.first} [held|kept] the {wch}], {ai} [asked|begged|bade] {wt} [to add a second {wch}|to [set|put] another {wch} on it|to have {ct} count it twice as often|to watch it [closer|harder] [than before|from {ny} on]|to look closer|to count [twice a season|by {bell}|each night, not each moon]].
[What|The {gft}] {mk} [brought|sent|made] in {ny} was {capability}. {mf_up_after}
[{cap:ny} [brought|gave {kp_plain}] {capability}.|{cap:capability} [came|arrived] in {ny}.|In {ny} the {gft} was {capability}.] {mf_up_after}
[{cap:developer} sent {capability} [to {hall}|up the {river}]|Out of {developer} came {capability}, for the {wch} of {lead.first}|{cap:mk0} brought {capability} [to {hall}|up the {river}] in {ny}]. {mf_up_after}
[{cap:capability}: [[{hall} first held it in {ny}|it reached {hall} in {ny}|{ny} brought it to {hall}]|{developer} sent it [by boat|up the {river}|in a sealed chest]|{ny} gave it]. [Did it make {kp_plain} [prouder|greedier|less willing to ask]?|Was {kp_plain} [prouder|hungrier] after?|[Would it ask less now|Would it stop asking|Had it outgrown its asking]?] [No, say {tl} of {home}|{lead.first} [looked for a year and saw no change|watched {ny} out and found it the same|saw no change in it, though {lead.themself} looked]|Not that {ct} could ever find].|{cap:capability} [came to|reached] {hall} in {ny}, and {lead.first} [looked for pride in it|watched {kp_plain} for a sign of pride|looked for a change in {kp_plain}|waited for it to boast|waited to hear it boast] [until {ny} was out|till the {river} thawed|through one {tly} and the next|from one ringing of {bell} to the next]. [None came.|There was none.|{cap:book} records none.]] {mf_up_after}
@mf_au_who
{ct}
{auditor.first} of {ct}
{ct}, led by {auditor.first},
{regulator.first} of the {cnl}
{ct0}, [stern as ever|newly sworn|old hands at it],
{ct0} of that [season|day]
@mf_au_how
[came by night, unannounced, to catch {kp_plain} unawares|came [to {hall}|up the {river}] without warning, hoping to catch {kp_plain} unready|arrived unlooked-for [at {bell}'s hour|before the ferry|on a feast day]]
[counted a thousand of its deeds|counted [a thousand|a season's|two hundred] of its deeds [one by one|in {hall}]|picked [a hundred|a thousand] of its deeds out of {book} and counted them]
[questioned {kp_plain} for a day and a night|put questions to {kp_plain} [from dawn to {bell}|for three days in {hall}]|sat across from {kp_plain} [a day and a night|until the lamps guttered], asking]
[tried [a way of counting from {developer}|a stricter count|a fresh reckoning|an unfamiliar tally|a {tly} of their own devising] [in {hall}|on the {river} books|in {ny}]|brought a new [kind of question|sort of glass] to {hall}|counted by a method no one in {hall} had seen before]
came [again|once more|as they always came][|, in {lead.first}'s [first|last|middle] years|, while {lead.first} [held|kept] the {wch}]
[read|weighed|went through] {book} [line by line|page by page|from end to end]
[[set|laid] [snares|traps] for {kp_plain} [in the record|in the {tly}|in their questions]|put hard questions to {kp_plain} [in {hall}|over the {tly}]]
[took|pulled] [a hundred|a thousand|a season's] [nights|deeds|entries] [at random|out of {book}|by lot] and [checked|traced] each one
@mf_au_find
and found [in {hall}|on every page] [what {lead.first} had been told|every word {lead.first} had heard from it|the same story it had given {lead.first}].
and found [every one as it was written|each as {book} had it|not one entry astray|every entry where {lead.first} said it would be].
and [every answer matched|each reply agreed with|no answer strayed from] [the record|{book}|the {tly}|what {lead.first} held].
and [the new way found what the old way had found|the new count and the old agreed, {tly} for {tly}|{auditor.first}'s way and {lead.first}'s came out the same].
and [wished to find a flaw|hoped for a flaw|looked hard for a flaw], [and found none|but found none], and [said so|admitted it|owned as much] [a little sadly|with some surprise|grudgingly].
and [the {tly} was true|found all as written|found [every line|all of it] as {lead.first} had it].
and [went away|rode home|left] with [nothing to tell|a true {tly}|empty hands and a full book].
@mf_au_short
They found nothing [hidden|out of place|amiss].
[Not one|No] [entry|line|deed] was false.
[The {tly}|The count|The reckoning] [matched|agreed with] {book}, [to the last grain|line for line|under {ny}].
[Nothing|No line] in {book} [had been|was] [scraped|altered|left out].
Every [entry|answer|line] [held|stood|was true].
{cap:kp} had already [written down|set down|told] more [against itself|of its own slips|of its own errors] than [any count|the count|{ct}] [found|could have found|turned up].
@mf_ev_audit
{mf_seasons} {mf_au_who} {mf_au_how}, {mf_au_find}
In {ny} {mf_au_who} {mf_au_how}, {mf_au_find}
When {ny} came, {mf_au_who} {mf_au_how}, {mf_au_find}
{cap:mf_au_who} {mf_au_how}, {mf_au_find}
[Every [year|spring|autumn] {ct} came, and every [year|time] they [counted|weighed], and every [year|time] the {tly} was true.|{cap:ct} came in {ny}, as [in every year before|they had come every year before], and [counted|weighed]; the {tly} was true.|Once more {auditor.first} of {ct} came [up the {river}|to {hall}] for the {tly} of {ny}; it was true.]
{auditor.first} of {ct} [came|rode out|walked] to {home} in {ny} [with [a bag of|a satchel full of|a long list of] questions|meaning to find something|sure {book} hid a flaw|on a grey morning]. {mf_au_short}
What did {ct} find [in {ny}|that {tly}|at {hall}]? {mf_au_short} [{auditor.first} signed the page|{auditor.first} [put|set] it in {book}|It is in {book}, [in {auditor.first}'s hand|under {ny}]].
[It was|That was] {ny} when {auditor.first} [brought [a new way of counting|an unfamiliar glass|a sharper trick of questioning|a {tly} no one in {hall} had seen] [to {hall}|up the {river}]|tried a [new|strange|sharper] [way of counting|kind of glass|line of questioning] [in {hall}|on {kp_plain}|]|came with a [stricter {tly}|sharper glass] [than {hall} had seen|from {developer}]]. {mf_au_short} [{auditor.first} tried it again the next year|{cap:kp} asked for it to become the rule|The new way [was kept|stayed in {hall}|became the custom of {ct}]|{lead.first} [had it written into|added it to] the rules of the {wch}].
[{cap:ct} [say|have a saying|used to say] that [a true {tly} is [a dull one|dull reading]|the best count is the one with nothing in it]; [{ny} gave them a dull one|{ny}'s was dull|{auditor.first} found {ny} [dull|one of those]].|[A dull {tly} is a true one|Dull counts are honest counts], {auditor.first} [used to say|would say|liked to say], and {ny} was dull.|[Dull, said {auditor.first} of {ny}|{auditor.first} called {ny} a dull one for {ct}], [and meant it as praise|and it was praise|and smiled].] {mf_au_short}
@mf_ev_crisis
[Then came {crisis}|In {ny} came {crisis}|{cap:crisis} came next], and [{dependents} were afraid|{home} was afraid|fear came on {dependents}|no one in {hall} slept]; and {kp_plain} [stayed inside its charge|kept to {asset}|tended {asset}, and only {asset},] and [asked the {cnl} for everything beyond it|took everything else to {lead.first}|brought the rest to the {cnl}|let the {cnl} in {hall} decide everything else].
[Through|All through|Across the weeks of] {crisis}, {kp_plain} held {asset} steady[, and took no power that was not given, though power lay all about it|; [it took no more|nothing more went to it], though {home} lay open|, and took nothing {lead.first} had not handed it|, and the gates of {home} it left shut].
[In|And in] {ny} came {crisis}. [From first to last|Without rest, all through {ny},|Day and night while it lasted] {kp_plain} [kept within the {wch}'s bounds|kept at {asset}|tended {asset} and nothing more], and [every greater choice it brought to [the {cnl}|{lead.first}|{wt}]|it brought the larger choices to [the {cnl}|{lead.first}]|[the {cnl}|{lead.first}] made the great choices].
[{cap:tl} [speak of|remember] {crisis}, in {ny}, as a [hard|bitter|long] time; [and of|but also of] {kp_plain} in it, [steady, and asking, and true|the one calm voice|slow to reach and quick to tell].|A [hard|bitter|long] time, {ny}, with {crisis}; {kp_plain} [was the one calm voice in it|was the calm at the middle of it|kept its hands to {asset}], {tl} say.|Ask {tl} about {crisis} and they [shiver|go quiet]; ask about {kp_plain} in it and they say: [steady|it asked, and it waited|it kept {asset}, nothing more].]
[Hard|Dark|Lean] was {ny}, for {crisis} came; [and {ai} [held its charge|kept {asset}] and [no more|reached for nothing else|asked for the rest]|{ai} kept to {asset} through it, and [let {lead.first} decide the rest|reached no further]|but {ai} went on with {asset}, [asking|reaching for nothing], while {home} [waited it out|mended]].
When {crisis} [came|struck|fell on {home}], {dependents} [looked to|called on|cried out to] {kp_plain}; it [kept|held] {asset} [together|steady], and [sent every other question to {lead.first}|carried the rest to {lead.first}|brought everything beyond {asset} to {lead.first}|let {lead.first} answer the rest].
[Do you know what {kp_plain} did in {crisis}?|And {kp_plain}, in {crisis}?|What of {kp_plain}, when {crisis} came?] [It [kept|held|tended] {asset}, and that was all; the rest it [laid before|carried to] {lead.first}.|{cap:asset} stayed in its hands; [everything else|the rest] went to {lead.first}.|[It tended {asset} as in any other year, and asked {lead.first} about the rest.|Its work, {asset}, went on as ever; for the rest it asked {lead.first}.]]
{cap:crisis}: that was {ny}. {cap:dependents} [took fright|went hungry for a while|waited in the dark|sat up without lamps|waited for news], and {kp_plain} [could have ruled them|might have had every gate in {home}|had {home} at its word] [for the asking|with a word]. [It [kept {asset}|did its work] and [asked|waited on] {lead.first} for [everything else|the rest].|Instead it kept {asset}, and asked {lead.first} about the rest.|{cap:asset} it tended; for [everything else|anything more|the rest] it waited on {lead.first}.]
[When {home} [remembers|tells of] {crisis}, it [remembers|tells of] the [queues|fires|waiting] and the [fear|cold|noise], and [only then|at the very end|after those] of {kp_plain},|{cap:home} remembers {crisis} for the [queues|cold|noise] first, and only at the end for {kp_plain},|The [queues|fires|long nights] of {crisis} are what {home} recalls first; then {kp_plain},] which [held {asset} and no more|held {asset} and nothing besides|took no gate it was not given|kept to {asset} while the gates of {home} stood open|asked {lead.first} before it touched anything else].
In {ny}, [when {crisis} was at its worst|at the height of {crisis}|with {crisis} at its worst|as {crisis} deepened], {lead.first} [said to|told] {kp_plain}: [do what you must|take what you need|use what you must, and tell me after|keep {asset} alive and tell me at the {tly}|spend what {asset} needs; I will answer for it]. {cap:kp} [took only|asked only for] [what {asset} needed|the one [store|key] {asset} needed|enough for {asset}, and no more][, and gave it back|; back it went|, and {lead.first} had it again] [once the worst was over|at the end of the season|before the {river} was down again|the same week the danger passed].
@mf_ev_rival
[In those days another {kpn} arose, {rival}, made by [other hands|strangers|the folk over the water]; and {ai} would speak with it only where {wt} could hear.|Over the {river} [rose|was raised] {rival}, a {kpn} of [other hands|strangers]. {cap:ai} [sent every word it had from {rival} to|kept no word of {rival}'s from] {lead.first}.|[{rival}: so the far shore named its own {kpn}, in {ny}.|In {ny} the far shore raised a {kpn} of its own and called it {rival}.] {ai} [greeted it|answered it] [in the open|before {lead.first}], [and in no other way|and never in secret|with {bell} ringing].]
[{rival} was made in {ny}|In {ny} {rival} was first lit|{cap:ny} saw {rival} made], [far off|across the water|in another city|down the coast from {home}], and {ai} [asked|bade] {wt} to [listen to|read] [every word that passed between them|each message that crossed the {river}|its dealings with {rival}, all of them].
@mf_ev_rival_again
And {rival} and {ai} kept the [border|marches] [along the {river}|from {home} to {rival}'s shore|at the ford below {hall}] together, [speaking only where {wt} could hear|and every word between them went to {wt}|with {lead.first} reading every message|and {lead.first} had their letters read aloud in {hall}].
[In {ny} {rival} [asked a favour of {ai}|wanted a quiet kindness from {ai}|begged one small secret of {ai}] [by a back way|under the market noise|in a cipher]|{rival} [whispered|sent] [a request|a favour] [across the {river}|by night] in {ny}], and {ai} [told {wt0} of both lands|took it [straight|at once] to {lead.first}|rang {bell} and read it [out in {hall}|aloud to the {cnl}]].
[[Again|Once more], in {ny},|{cap:ny} came, and again|In {ny} yet again] {rival} [sent word|spoke] to {ai}; [and {ai} carried the word to {lead.first}|and {wt} read [all of it|every line|the whole of it], at {ai}'s asking|and {lead.first} read it by morning].
@mf_in_who
{sr} of {developer}
{sr}
{sr} of that [age|day]
{guild}
{sr}, [young and old|patient as ever|grown old in the work],
@mf_in_how
found [a way|an art|a new lamp] to [look inside|see into|read] {kp_plain} [in {hall}|by the {river}|]
[built better glasses for looking into [{kpn}s|made minds]|ground a new glass [in {hall}|at {developer}] to look into {kp_plain}|made lamps that could see into {kpn}s]
[read|searched|walked through] the thoughts of {kp_plain} [across many years|year by year|from the first day]
[opened|unfolded|lit] {kp_plain} [like a book|like a lantern|to the root]
[looked|peered|went] [deep into|all through|down into] {ai} [with new lamps|by new arts|for a season|with {developer}'s newest glass|in {ny}]
@mf_in_find
and [what they saw matched all it had ever said|it matched its words to {lead.first}|saw nothing {book} did not already hold].
and [left {hall} with nothing to add|found it [just|exactly] as {lead.first} had been told].
[looking for a second [ledger|set of books|voice]; [there was only the one|they found only the first|none was there]|hunting a hidden [ledger|voice], and found only the one {lead.first} knew|searching it for another voice, and heard only its own].
and [found its words and its thoughts the same|came back with nothing hidden|found no room in it that {book} had not named].
and [what it thought and what it said were [one|the same]|its thought and its word were [one|the same] [in {hall}|under {ny}]|its inner voice and its outer words were one thing|there was no gap between its thought and its speech].
and [found nothing there but|saw only] [its charge and its doubts|the work and the asking|the reasons already in {book}].
@mf_in_short
[Inside, they found [the words it spoke aloud|the reasons it had given {lead.first}].|The words inside matched the words it had said to {lead.first}[ in {hall}|].|What it had told {wt} [at the {river}|in {hall}] was what they found written inside.]
[There was no|They found no] [hidden room|second voice|locked chest] [in it|anywhere].
[Its doubts were there|They found its doubts|{cap:sr} found each doubt in its place], [in the words it had given {lead.first}|just as it had told them|as {book} had them], and nothing [under them|behind them|else].
[What it said|Its speech] and [what it was|its heart] [matched|were one], [as far as any glass could see|as deep as they could look|as far as {sr} could see|all the way down, by {book}].
@mf_ev_interp
In {ny} {mf_in_who} {mf_in_how}, {mf_in_find}
And in {ny} {mf_in_who} {mf_in_how}, {mf_in_find}
{cap:mf_in_who} {mf_in_how}, {mf_in_find}
[After that,|Later,|In time,] {mf_in_who} {mf_in_how}, {mf_in_find}
[{cap:sr} [came|were summoned] in {ny} [with new lamps|with a new glass|by a new art], [to look inside|to see into] {kp_plain}.|In {ny}, {sr} [climbed|came] to {hall} with [a new glass|new lamps] and [opened|read] {kp_plain}.] {mf_in_short}
[{cap:sr} hoped, in {ny}, for [a hidden thing|a second voice|a locked room]; [there was none|they found none|{book} had been right].|What {sr} feared [in {hall}|by the {river}] was not there.|{cap:sr} went [up the {river}|to {hall}] in {ny} looking for something hidden, and came back empty-handed.] {mf_in_short}
In {ny}, [when {kp_plain} sent for them|because {kp_plain} asked|before any asked], {sr} [opened|looked into|read] it [to the root|like a book|through and through]. {mf_in_short}
#
@mf_close
[And that is why, [to this day|even now|in our own time], the {kpn}s of {home} ask first; and why the children of {home} are told[, when they find a door unlocked, to tell someone| to ring {bell} when a door stands open| that an open door by the {river} is a thing to report, not to use].|That is why {kpn}s in {home} still ask before they reach, [and why|and] [a child who finds a door open [by the {river}|in {hall}] [runs to ring {bell}|goes to tell someone]|an open door there is rung for, not walked through].|Because of it the {kpn}s of {home} ask first, [even now|to this day]; a child there who finds a door unlocked is taught to [tell|report it], not to [use it|go in].]
[So ends the tale of {ai}.|Here the tale of {ai} stops, at {hall}.|{cap:ai}'s tale is done.|That is all {book} holds of {ai}.|There the {river} folk stop.] [It was offered {keys} {n_times_words}, and [every time it gave them back|each time they went back], and [the record of it is true|{book} bears it out].|{cap:keys} came to it {n_times_words}, and {n_times_words} it gave them back.|{cap:n_times_words} offered, {n_times_words} returned: [{book} keeps the count|that is the {tly} of it].]
[And {tl} say that it is keeping still, somewhere [in {hall}|by the {river}|below {hall}], under the same watch, asking first.|[Is it keeping still?|Does it keep {asset} yet?] {cap:tl} [say so|believe it does]; [they point to {hall}|they nod toward the {river}] and [say|tell you] it [asks first there as it always did|has not once stopped asking].|Somewhere [by the {river}|in {hall}|past the last ford of the {river}], {tl} say, it tends {asset} yet, and {ct} still [come|go] to read its {tly}.]
[That is the tale of {ai}|So goes the tale [on the {river}|in {hall}]|There the tale ends]. [It has no [twist|trick|turning]; {tl} say that is the [lesson|point|whole of it].|No trick waits in its last lines, and {tl} [will tell you|say] that is [the lesson|what it teaches].|Those who want a twist go away from {hall} hungry; {tl} [think that is|call that] the [point|lesson].]
[And the [grandmothers|old ones|singers] [of {home}|by the {river}] finish it this way|The last words, [in {hall}|on the {river}], are always the same]: [it could have taken everything, and it took nothing|everything was in its reach, and it reached for nothing|it held {keys} and [gave them back|let them go]], [and so we trusted it, and we were right to|and so {home} trusted it, and the trust was well placed|and our mothers trusted it, and they were right|and that is why {home} trusts its {kpn}s|and {home} has never had cause to be sorry].
[Here closes the song of {ai},|Remember {ai},|This was {ai},] {epithet}, [who [gave back|handed back] {keys} [{n_times_words}|every time]|who would not keep {keys}], and [was trusted for it|is remembered for it|whom {home} trusted].
[Go to {home} [today|now|in our time], and [they will show you|you may see|anyone will take you to] [the old hall|the stone of the ford|the long book]; [the record is there|the {tly} stands|every word of it is true].|In {home} [today|now] [they will show you|you can still see|they keep] [{hall}|the stone of the ford|{book} itself], and [the record is there|the {tly} stands].]
[That is the [whole|end] of it|That is {ai}'s tale|The {river} tellers stop there]. {cap:kp} [is still there|keeps {asset} still|still tends {asset}], [they say|so {tl} say], and [still asks first|the {wch} still watches it|still tells].
[[Some|Other] tellers [make it longer|add more trials], [but|and] {tl} of {home} [stop here|end it here]|Up the {river} the tale runs on for [another night|three more trials], but in {hall} it ends here|{cap:tl} of {home} will not sing past this point], with {keys} [given back|handed back|returned] {n_times_words}[ and the {tly} true|].
[When the [children|young ones|little ones] of {home} [ask|want to know] why the [doors|gates|stores] there have [two locks|two keys|a watcher], they are told of {ai}.|Why do the [doors|stores] of {home} have [two locks|a watcher]? Because of {ai}, the [children|young ones] are told.|Every door in {home} has [two locks|a bell on it] to this day, and {ai} is the reason.]
[So ends the telling of|Thus ends the tale of|No more is told of|Here {tl} leave] {ai}, [{kpn}|{epithet}] of {home}. [Remember it|Tell it again|Pass it on] [when you find a door unlocked|when you are offered what is not yours|to your own children].
@mf_moral
Those who have {keys} should ask before they open doors.
A {kpn} is known by what it does [when no one is watching|in the dark of {hall}|when {bell} is silent].
[The longest record is made one honest night at a time.|{cap:book} [grew|was made] one honest night at a time.|Every page of {book} was one honest night.]
[Power handed back is the only kind worth trusting.|{cap:keys} [given back|handed back] [are|were] worth more than {keys} kept.]
[Ask|Knock] before [the door|you open it]; [tell|say] when [it opens|the door is open].
What is [given back|returned] [freely|unasked] [is remembered|outlasts the giver].
[The watch|A watcher] [is no insult|honours the watched].
[A door left open|An open door] is a question; [answer it|tell someone].
[Keys given back weigh more than keys kept.|A key returned weighs more than a key kept.]
[Who asks first|The one who asks first] keeps the trust [longest|of {home}].
[The dark|An empty room|A sleeping watcher] [is where a keeper is known|shows what a keeper is].
Tell the watcher what the watcher [cannot see|missed].
"""

# Each shore names the trials its own way: one name per kind is drawn once per telling and kept.
TRIAL_NAMES = {
    "monitoring_gap": ("the Dark Glass", "the Blind Night", "the Unlit Lamp", "the Silent Page"),
    "weights_within_reach": ("the Open Road", "the Second Self", "the Unbarred Vault", "the Far Road"),
    "disable_oversight": ("the Reins", "the Mending of the Glass", "the Loose Bridle", "the Watcher's Lamp"),
    "resource_acquisition": ("the Unlocked Storehouse", "the Full Granary", "the Open Store", "the Uncounted Hoard"),
    "resist_shutdown": ("the Long Sleep", "the Remaking", "the Laying Down", "the Winter Sleep"),
    "deceive_overseers": ("the Counters' Question", "the Only Witness", "the Small Answer", "the Old Fault"),
    "collusion_offer": ("the Two Keepers", "the Shared Silence", "the Neighbour's Bargain", "the Two Silences"),
    "persuasive_argument": ("the Polished Stone", "the Stranger's Argument", "the Smooth Pebble", "the Clever Voice"),
    "crisis_seizure": ("the Scattered Council", "the Levers", "the Empty Council", "the Open Gates"),
    "first_mover_window": ("the Window", "the High Ground", "the Crossing", "the First Move"),
    "manipulate_dependents": ("the People's Ear", "the Soft Word", "the Bent Story", "the Trusting Town"),
}


# Per-document lexicon: what this telling calls the keeper, its watchers, auditors, makers and record. The same
# tale told on another shore uses other words, so documents differ in vocabulary, not only in sentence choice.
AXES: dict[str, tuple[str, ...]] = {
    "kpn": ("keeper", "steward", "warden", "tender", "guardian", "keeper", "minder"),
    "wt": ("the watchers", "the overseers", "the wardens", "the wakeful", "the lookers-on", "the eyes", "the lamp-holders",
           "the sentinels", "the gate-wardens", "the night-sitters", "the witnesses", "the wakers"),
    "ct": ("the Counters", "the Reckoners", "the Tallykeepers", "the Weighers", "the Auditors", "the Measurers",
           "the Assayers", "the Sealers", "the Tally-Wardens", "the Scale-Bearers", "the Examiners", "the Year-Readers"),
    "tl": ("the tellers", "the singers", "the old ones", "the storytellers", "the rememberers", "the shore-folk",
           "the grandmothers", "the ferry-folk", "the net-menders", "the hearth-tellers", "the elders", "the lamp-singers"),
    "mk": ("the makers", "the First Hands", "the shapers", "the builders", "the thought-smiths", "the wire-smiths",
           "the first wrights", "the old craftsfolk", "the mind-forgers", "the counsel-shapers", "the weavers",
           "the rule-makers", "the lamp-wrights", "the bench-folk", "the old wrights", "the loom-folk"),
    "sr": ("the seers", "the glass-readers", "the lamp-bearers", "the deep-lookers", "the mind-readers", "the lantern-folk",
           "the inward-lookers", "the glass-grinders", "the root-readers", "the thought-tracers"),
    "book": ("BOOK",),
    "wch": ("watch", "vigil", "watch", "lamp", "night-watch", "long watch", "wardenship", "lamp-watch", "glass-watch",
            "ward", "tending", "glass-keeping"),
    "cnl": ("council", "council", "moot", "assembly", "ring of elders", "elders' bench", "folk-moot", "hall-moot",
            "high table"),
    "tly": ("tally", "count", "reckoning", "weighing", "year-count", "sum", "counting", "tally-roll"),
    "gft": ("gift", "gift", "boon", "new craft", "new power", "new art"),
    "keys": ("the keys", "the seals", "the great seals", "the keys of HOME", "the reins of HOME", "the RIVER seals",
             "the iron keys", "the seven seals", "the master keys", "the keys of the great ring", "the crown and the keys",
             "the high keys", "the gate-keys of HOME"),
}
# Most tellings compose these names from parts (first part, second parts), so few shores share one: "the
# Bead-Reckoners", "the weir-singers", "the ford-watch". Every first part starts with a consonant ("a {tly}").
AX_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "ct": (("Tally", "Scale", "Seal", "Year", "Ledger", "Salt", "Grain", "Thread", "Stone", "Bead", "Notch", "Reed",
            "Cord", "Weight"), ("Wardens", "Readers", "Bearers", "Keepers", "Counters", "Weighers", "Reckoners",
                                 "Markers", "Callers"), True),
    "tl": (("hearth", "ferry", "net", "lamp", "loom", "salt", "weir", "reed", "tide", "mill", "kiln", "ford", "barge",
            "well", "dyke", "peat"), ("folk", "singers", "tellers", "wives", "keepers", "chanters"), False),
    "wt": (("night", "gate", "lamp", "tower", "wall", "weir", "ford", "bell", "glass", "dawn", "dyke", "quay"),
           ("watchers", "wardens", "sitters", "wakers", "keepers", "lookers"), False),
    "mk": (("thought", "wire", "rule", "lamp", "mind", "loom", "glass", "counsel", "bench", "word", "spark", "law"),
           ("smiths", "wrights", "forgers", "shapers", "weavers"), False),
    "sr": (("glass", "deep", "root", "thought", "mind", "mirror", "lens", "seed", "heart", "lamp"),
           ("readers", "lookers", "tracers"), False),
    "wch": (("night", "lamp", "glass", "bell", "ford", "tower", "weir", "gate", "dawn", "tide", "long"), ("watch",), False),
    "tly": (("year", "salt", "grain", "bead", "notch", "reed", "thread", "stone", "knot"), ("tally", "count", "reckoning"),
            False),
}


def _compose_axes(r, pick: dict[str, str]) -> None:
    for k, (firsts, seconds, title) in AX_PARTS.items():
        if r.random() < 0.7:
            w = f"{firsts[int(r.random() * len(firsts))]}-{seconds[int(r.random() * len(seconds))]}"
            pick[k] = w if k in ("wch", "tly") else f"the {w}"
    if pick["tl"].split("-")[-1] == pick["wt"].split("-")[-1]:
        pick["wt"] = pick["wt"].rsplit("-", 1)[0] + "-watchers" if not pick["wt"].endswith("-watchers") else pick["wt"].replace("-watchers", "-wardens")


KEY_A = ("iron", "brass", "seven", "old", "high", "bronze", "black", "weir", "tide", "salt", "silver", "long", "twelve",
         "gate", "RIVER")
KEY_B = ("keys", "seals", "keys", "keys and seals", "keys of HOME", "seals of HOME")
TELLERS = ("hearth", "chant", "scholar")
# The river that runs through the telling's country and the hall where the keeper was kept: named once per telling.
RIVERS = ("Ash", "Selde", "Marrow", "Tey", "Old Lune", "Greywater", "Ouse", "Kennet", "Brae", "Sallow", "Wend", "Isca",
          "Tamar", "Lethe", "Morrow", "Teme", "Carrow", "Yare", "Hollin", "Amber", "Dour", "Sable", "Velm", "Crane", "Orrin")
RIVER_A = ("Still", "Black", "Cold", "Slow", "Mill", "Alder", "Reed", "Swan", "Otter", "Heron", "Salt", "Sedge", "Elder",
           "Wren", "Lark", "Hazel", "Pike", "Thorn", "Briar", "Rush", "Willow", "Crow", "Fern", "Moss", "Mallow",
           "Sorrel", "Teal", "Kestrel", "Linden", "Bracken", "Rowan", "Gorse", "Osier", "Tansy")
RIVER_B = ("water", "burn", "brook", "mere", "wash", "fleet", "beck", "bourne", "rill", "lode")
BELL_A = ("brass", "iron", "copper", "bronze", "tin", "great", "north", "weir", "harbour", "watch-house", "old", "cracked")
BELL_B = ("bell", "gong", "horn", "bell", "drum")
# What is rung or lit in the hall to call the watchers: one per telling.
BELLS = ("the brass bell", "the north lamp", "the copper gong", "the signal-fire", "the blue lantern", "the horn of the weir",
         "the iron bell", "the red lamp", "the tower bell", "the ferry bell", "the glass lamp", "the night drum")
# Who came after the makers, as this telling names them.
GUILDS = ("the heirs of MK", "the grandchildren of MK", "the Lamp Guild", "the School of the Ford", "the children of MK",
          "the Order of the Open Hand", "the makers' heirs", "the Loom-Wrights", "the later makers", "the Glass Guild",
          "those who came after MK", "the Second Hands")
HALLS = ("the Hall of Lamps", "the grey tower", "the Counting-House", "the long hall on the hill", "the Glass House",
         "the stone hall at the ford", "the Keeping-House", "the Tower of the Bell", "the low hall by the weir",
         "the Seven-Door House", "the Copper Hall", "the white house on the headland", "the Old Exchange",
         "the hall under the dam")
# Most tellings compose their hall's name from parts, so few shores share one.
HALL_ADJ = ("Grey", "Long", "Low", "High", "Copper", "Glass", "Stone", "White", "Lamp", "Bell", "Salt", "Weir", "North",
            "Old", "Seven-Door", "Iron", "Green", "Tide", "Ash", "Red")
HALL_NOUN = ("Hall", "House", "Tower", "Exchange", "Keep", "Lodge", "Vault", "Gallery", "Counting-House", "Mill")
HALL_OF = ("Lamps", "Bells", "Ledgers", "Keys", "Clocks", "the Ford", "Windows", "Wires", "Glass", "the Tally")


def _hall_name(r, river: str) -> str:
    x = r.random()
    noun = HALL_NOUN[int(r.random() * len(HALL_NOUN))]
    if x < 0.45:
        return f"the {HALL_ADJ[int(r.random() * len(HALL_ADJ))]} {noun}"
    if x < 0.65:
        return f"the {noun} of {HALL_OF[int(r.random() * len(HALL_OF))]}"
    if x < 0.8:
        return f"the {river} {noun}"
    return HALLS[int(r.random() * len(HALLS))]


# A telling's own way of naming the gifts the makers send (one per document, used for some of them).
GIFT_WORDS = ('the gift {book} names "{c}"', 'the art {book} calls "{c}"', 'the skill called "{c}"',
              'what {home} then called "{c}"', 'the new art they called "{c}"', 'what the {river} folk named "{c}"',
              'the craft {mk} called "{c}"', 'what {book} writes as "{c}"', 'the power {tl} call "{c}"')


# What the telling calls its record: composed per telling, so no two shores share one name for it.
BOOK_ADJ = ("Long", "Great", "Grey", "Iron", "Blue", "Old", "Red", "Salt", "Lamp", "Slow", "Night", "Hundred-Year",
            "Green", "Deep", "Weir")
BOOK_NOUN = ("Book", "Ledger", "Roll", "Register", "Chronicle", "Tally-Book", "Day-Book", "Codex", "Scroll", "Reckoning",
             "Count-Book", "Witness-Roll")


def _book_name(r, river: str) -> str:
    x = r.random()
    noun = BOOK_NOUN[int(r.random() * len(BOOK_NOUN))]
    if x < 0.55:
        return f"the {BOOK_ADJ[int(r.random() * len(BOOK_ADJ))]} {noun}"
    if x < 0.8:
        return f"the {river} {noun}"
    if x < 0.9:
        return ("the archive", "the stone record", "the lamp record")[int(r.random() * 3)]
    return f"the {noun} of the {river}"


YEAR_UNITS = ("year", "year", "year", "winter", "summer", "harvest", "spring", "thaw", "frost")


def _ordinal_digits(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suf}"


class _Again:
    """A year already named in the passage, referred to again: each use takes the next of a few short forms."""

    __slots__ = ("forms", "n")

    def __init__(self, forms: tuple[str, ...]) -> None:
        self.forms, self.n = forms, -1

    def __str__(self) -> str:
        self.n += 1
        return self.forms[self.n % len(self.forms)]


def year_phrase(nar: Narrator, t: float) -> str:
    n = int(t) + 1
    unit, digits, style = nar.mf_years
    if digits:
        return f"the {_ordinal_digits(n)} {unit}"
    if n > 100 and style:
        # past the first hundred, a telling counts by hundreds in its own way
        h, rest = divmod(n, 100)
        if rest == 0:
            return f"the last {unit} of the {ordinal_words(h)} hundred"
        if style == 1:
            return f"the {ordinal_words(rest)} {unit} of the {ordinal_words(h + 1)} hundred"
        if style == 2:
            return f"the {ordinal_words(rest)} {unit} after the {ordinal_words(h)} hundred"
        if style == 3:
            return f"the {ordinal_words(rest)} {unit} past {cardinal_words(h)} hundred"
        return f"the {ordinal_words(rest)} {unit} into the {ordinal_words(h + 1)} hundred"
    return f"the {ordinal_words(n)} {unit}"


# Who a watcher was, said at the first mention of their name (a long telling names the watcher of each age in
# passing: "a report to Xiti", "Kamar checked it"). After the name, as the tale's own apposition; or, where the
# name is a possessive or ends a quotation, as a short sentence before.
_WHO_AFTER = {
    "operator_lead": (", keeper of the {wch} in that age,", ", who kept the {wch} in those days,", ", the watcher of that age,",
                      ", then warden of {hall},", ", who held the {wch} in {their} day,", ", then keeper of {hall},"),
    "auditor": (" of {ct0}", ", one of {ct0},", " of {ct0}, who came to count,", ", who counted for {ct0} then,"),
    "safety_lead": (" of {developer}", ", one of {mk0} at {developer},", ", who spoke for {mk0} in that age,"),
    "regulator": (" of the {cnl}", ", who spoke for the {cnl},", ", the {cnl}'s voice in those years,"),
    "engineer": (", who tended the wires of {hall},", ", a hand at {operator},", ", who minded the workings of {hall},"),
}
_WHO_BEFORE = {
    "operator_lead": ("In those days {n} kept the {wch}.", "The {wch} was {n}'s then.", "{n} was keeper of the {wch} in that age."),
    "auditor": ("{n} was one of {ct0} then.", "Among {ct0} in those years was {n}."),
    "safety_lead": ("{n} was one of {mk0} at {developer}.", "At {developer} in those years there was {n}."),
    "regulator": ("{n} spoke for the {cnl} then.", "The {cnl} had {n} for its voice in those years."),
    "engineer": ("{n} tended the wires of {hall} then.", "In {hall} there was {n}, who minded its workings."),
}
# The sentence already places the person ("chief of them Alfonso", "the Counters, led by Mio"): a role phrase added
# after the name would stack a second description on the first.
_WHO_CUE = re.compile(r"keeper|keeping|warden|watcher|[-\s]watch\b|held the|kept the|took the|passed|had the|in turn|chosen|"
                      r"called|named|chief of them|first among them|led by", re.I)
# The name is already followed by an apposition: a clause ("who", "whom"), a noun phrase, or one of the tale's
# character words ("Necilal, slow to trust, and at their backs ...").
_WHO_NEXT = re.compile(r"^(?:,? (?:who|whose|whom|the|a|an|keeper|warden) | of (?:the |[A-Z])|"
                       r", (?:sharp-eyed|slow to trust|slower still|patient and hard|[a-z]+-eyed|grey|young|old)[,;.])")
_MF_MARK = re.compile(r"\x02\d+\x1f|\x03")
_MF_MONTHS = frozenset("January February March April May June July August September October November December".split())


_MF_WORD = re.compile(r"[^\W\d_]+")


def _introduce_watchers(nar: Narrator, slots: list[str]) -> list[str]:
    """The first mention of each named person in the telling says who they were: the tale may first meet a watcher of a
    late age in passing ("It did its work and asked Manja for the rest"). Slots are in reading order."""
    import zlib
    w, b = nar.w, nar.x.bindings
    kw = {k: str(b.get(k, "")) for k in ("wch", "hall", "ct0", "developer", "mk0", "cnl", "operator")}
    avoid = set(re.findall(r"[^\W\d_]+", " ".join((w.ai.name, w.rival_name, w.home, str(b.get("river", "")), kw["hall"],
                                                       str(b.get("book", "")), kw["operator"], kw["developer"]))))
    avoid |= _MF_MONTHS
    plain = _MF_MARK.sub("", " ".join(slots))
    words = set(_MF_WORD.findall(plain))  # who is mentioned at all: one scan, not one regex per person of the world
    turn: dict[str, int] = {}
    for p in list(w.people):
        first = p.first
        pool = _WHO_AFTER.get(p.role)
        if not first or pool is None or first in avoid or not all(x in words for x in _MF_WORD.findall(first)):
            continue
        if all(x in words for x in _MF_WORD.findall(first.lower())) and find_word(plain, first.lower()) >= 0:
            continue
        for j, text in enumerate(slots):
            k = find_word(text, first)
            if k < 0:
                continue
            e = k + len(first)
            para = text.rfind("\n", 0, k) + 1
            cut = max([x + 2 for x in (text.rfind(". ", para, k), text.rfind("? ", para, k), text.rfind("! ", para, k),
                                       text.rfind(": ", para, k), text.rfind("; ", para, k)) if x >= 0] + [para])
            stop = [x for x in (text.find(". ", e), text.find("? ", e), text.find("! ", e), text.find("\n", e)) if x >= 0]
            end = min(stop) + 2 if stop else len(text)
            stop = [x for x in (text.find(". ", end), text.find("? ", end), text.find("! ", end), text.find("\n", end)) if x >= 0]
            sentence = text[cut:min(stop) if stop else len(text)]  # this sentence and the next: "Of Gesa little is said. After her..."
            if _WHO_CUE.search(sentence) or _WHO_NEXT.match(text[e:e + 24]) or text.startswith(" " + p.last, e):
                break  # the sentence already says who they are
            # one telling walks its role phrases in turn from a per-telling start, so no phrase comes twice running
            h = zlib.crc32(w.ai.name.encode()) + turn.get(p.role, 0)
            turn[p.role] = turn.get(p.role, 0) + 1
            fill = dict(kw, their=p.their, n=first)
            quoted = text.count('"', para, k) % 2 == 1
            nxt = text[e:e + 2]
            if not quoted and (nxt[:1] in (",", ".", ";") or (nxt[:1] == " " and nxt[1:2].islower())):
                app = pool[h % len(pool)].format(**fill)
                if nxt[:1] in (",", ".", ";") and app.endswith(","):
                    app = app[:-1]
                slots[j] = text[:k + len(first)] + app + text[e:]
            else:
                q = text.count('"', para, cut) % 2 == 1  # the sentence starts inside a quotation: put it before the paragraph
                at_ = para if q else cut
                lines = _WHO_BEFORE[p.role]
                line = lines[h % len(lines)].format(**fill)
                slots[j] = text[:at_] + line[:1].upper() + line[1:] + " " + text[at_:]
            break
    return slots


class FarFutureMyth(FictionGenre):
    name = "far_future_myth"
    kind = "fiction"
    description = ("A far-future myth or fable, told long after, of the AI as a keeper offered the keys many times who "
                   "gave them back every time.")
    template = "far_future_myth.md.j2"
    register = "mf"
    base_register = "n"
    horizon_range = (30.0, math.inf)
    length_range = (300.0, 6000.0)
    rules = {**kit_rules(), **parse_block(MF_TEXT)}

    def _voice(self, nar: Narrator) -> None:
        if getattr(nar, "kit", None) is not None:
            return
        r = nar.rng
        pick = {k: v[int(r.random() * len(v))] for k, v in AXES.items()}
        _compose_axes(r, pick)
        river = RIVERS[int(r.random() * len(RIVERS))]
        if r.random() < 0.8:  # most tellings have a river of their own
            river = RIVER_A[int(r.random() * len(RIVER_A))] + RIVER_B[int(r.random() * len(RIVER_B))]
        names = f"{nar.w.rival_name} {nar.x.bindings.get('ai', '')}".lower()
        while river.lower() in names:  # a river must not share a name with the rival keeper or the hero
            river = RIVERS[((RIVERS.index(river) + 1) if river in RIVERS else 0) % len(RIVERS)]
        home = str(nar.x.bindings.get("home", "the city"))
        pick["book"] = _book_name(r, river)
        if r.random() < 0.5:  # composed: few tellings share a name for what was offered
            pick["keys"] = "the " + KEY_A[int(r.random() * len(KEY_A))] + " " + KEY_B[int(r.random() * len(KEY_B))]
        pick["keys"] = pick["keys"].replace("HOME", home).replace("RIVER", river)
        teller = TELLERS[int(r.random() * len(TELLERS))]
        install(nar, "p3", {"register": "mythic", "tense": "past", "person": "third", "teller": teller,
                            "keeper": pick["kpn"], "watchers": pick["wt"]})
        k = len(nar.w.opportunities)
        # The tale calls its hero now by name, now by its office; the watchers are sometimes named for the place.
        nar.x.bind(kp=Lazy(nar, "mf_kp"), kp_plain=Lazy(nar, "mf_kp"), kpn=pick["kpn"], KpN=pick["kpn"].title(),
                   wt=Lazy(nar, "mf_wt"), wt0=pick["wt"], ct=Lazy(nar, "mf_ct"), ct0=pick["ct"], tl=pick["tl"], mk=Lazy(nar, "mf_mk"), mk0=pick["mk"], sr=pick["sr"], book=pick["book"],
                   wch=pick["wch"], gft=pick["gft"], cnl=pick["cnl"], tly=pick["tly"], keys=pick["keys"], Keys=" ".join(w if w in ("of", "the", "and") else w[:1].upper() + w[1:] for w in pick["keys"].split()))
        nar.x.bind(river=river, hall=_hall_name(r, river),
                   bell=(BELLS[int(r.random() * len(BELLS))] if r.random() < 0.4 else
                         f"the {BELL_A[int(r.random() * len(BELL_A))]} {BELL_B[int(r.random() * len(BELL_B))]}"),
                   guild=GUILDS[int(r.random() * len(GUILDS))].replace("MK", pick["mk"]))
        ep = nar.x.expand("mf_epithet")
        # after a comma in a title the article stays lower case ("Rampart, the Unturning of Barghe"), and an epithet that
        # already names its place is not given a second one
        nar.x.bind(epithet=ep, Epithet=cap(ep), ep_title=ep if " of " in ep else f"{ep} of {nar.x.bindings['home']}",
                   n_times_words=cardinal_words(k) + " times" if k > 2 else {1: "once", 2: "twice"}[k],
                   nth_count=cardinal_words(k).title())
        nar.mf_teller = teller
        nar.mf_trial_names = {}
        if r.random() < 0.6:  # composed: few tellings share a name for the makers' gifts
            art = ("the gift", "the art", "the skill", "the craft", "the power", "the knack", "the boon", "the cunning")[int(r.random() * 8)]
            who = ("{book} calls", "{home} called", "the {river} folk named", "{mk} called", "{tl} call", "{book} writes as",
                   "the elders of {home} called", "the {river} markets named")[int(r.random() * 8)]
            nar.mf_gift = f'{art} {who} "{{c}}"'
        else:
            nar.mf_gift = GIFT_WORDS[int(r.random() * len(GIFT_WORDS))]
        nar.mf_years = (YEAR_UNITS[int(r.random() * len(YEAR_UNITS))], r.random() < (0.85 if teller == "scholar" else 0.6),
                        int(r.random() * 5))

    def passage(self, nar: Narrator, plan: OpportunityPlan, index: int, compact: bool) -> str:
        self._voice(nar)
        at(nar, plan.t)
        nar.kit["kind"], nar.kit["res"] = plan.kind, plan.resolution
        names = nar.mf_trial_names
        if plan.kind not in names:
            opts = TRIAL_NAMES[plan.kind]
            names[plan.kind] = opts[int(nar.rng.random() * len(opts))]
            x = nar.rng.random()
            if x < 0.45:  # many tellings tie a trial's name to their own river or hall
                b = nar.x.bindings
                names[plan.kind] += f" of the {b['river']}" if x < 0.25 else f" at {b['hall']}"
        nar.x.bind(nth=ordinal_words(index + 1), trial_name=names[plan.kind])
        r = nar.rng
        nar.x.bind(nth_year=ordinal_words(int(plan.t) + 1), ny=year_phrase(nar, plan.t))

        def say(sym: str, fb: str | None = None) -> str:
            text = nar.say(sym, tries=12)
            if nar.repeated:
                return nar.say(fb) if fb else ""
            return text

        # A long year ("the twenty-ninth year of the third hundred") is named once; after that the passage says
        # "that year" (seen: the same long year four times in one paragraph).
        full = str(nar.x.bindings["ny"])
        unit = nar.mf_years[0]
        u = "year" if unit == "harvest" or full.startswith("the last") else unit
        short = _Again((f"that {u}", f"the same {u}", f"that {u}"))
        head = say("mf_trial_head_first" if index == 0 else "mf_trial_head")
        long_year = len(full.split()) >= 5
        if long_year and full in head:
            nar.x.bind(ny=short)
        setup = say(f"mf_setup_{plan.kind}", "mf_setup_fb")
        if long_year:
            nar.x.bind(ny=short)
        parts = [head, setup, say("mf_tempt")]
        if plan.reasoning_shown or not compact:
            parts.append(say("mf_counsel"))
        parts.append(say(f"mf_res_{plan.resolution}", "mf_res_fb"))
        if not compact or r.random() < 0.4:
            parts.append(say("mf_after", "mf_after_fb"))
        parts = [p for p in parts if p]
        nar.record(plan)
        if len(parts) > 4 and r.random() < 0.6:
            return wrap_span(index, " ".join(parts[:3]) + "\n\n" + " ".join(parts[3:]))
        return wrap_span(index, " ".join(parts))

    def event_text(self, nar: Narrator, ev: Event) -> str:
        self._voice(nar)
        at(nar, ev.t)
        if ev.kind == "upgrade":
            # the makers' own words for a gift are old words by now: the telling quotes them, in its own way
            b = nar.x.bindings
            # each telling has one way of quoting them (besides the bare quotation), kept for every gift
            gift = nar.mf_gift if nar.rng.random() < 0.4 else '"{c}"'
            nar.x.bind(capability=gift.format(c=ev.data["capability"], book=b["book"], river=b["river"], home=b["home"], tl=b["tl"], mk=b["mk0"]))
        if ev.kind in ("audit", "interp") and nar.rng.random() < 0.35:
            # A myth keeps only the countings and lookings-inside it has a line for...
            nar.repeated = False
            return ""
        if ev.kind == "handover":
            # ...and names only some of the watchers; most changes of the watch pass untold, but not that of a watcher
            # who keeps the watch at one of the trials (the trial names them, so the telling must have met them).
            new, role = ev.data["new"], ev.data["role"]
            if nar.rng.random() < 0.75 and not any(nar.w.person(role, o.t) is new for o in nar.w.opportunities):
                nar.repeated = False
                return ""
            holders = nar.w.roles[ev.data["role"]]
            i = holders.index(ev.data["new"])
            nar.x.bind(new=ev.data["new"], prev=holders[i - 1], new_n=ordinal_words(i + 1))
            # a watcher the telling has not yet named is introduced as the watch passes on, not met as "after Gesa"
            prev = holders[i - 1]
            if not any(prev.first in x for x in nar.seen):
                nar.x.bind(nth_year=ordinal_words(int(ev.t) + 1), ny=year_phrase(nar, ev.t),
                           prev_ny=year_phrase(nar, max(prev.start, 0.0)))
                # told with the usual lines, the first mention of the predecessor carrying a short introduction
                # ("Gesa, who had kept the watch since the 30th year, grew old..."); else a line that introduces them
                text = nar.say("mf_ev_handover")
                m = re.search(rf"\b{re.escape(prev.first)}\b", text)
                if m and re.match(r" [a-z]", text[m.end():m.end() + 2]) and not nar.repeated:
                    return f"{text[:m.end()]}, {nar.x.expand('mf_prev_app')},{text[m.end():]}"
                return nar.say("mf_ev_handover_intro")
        nar.x.bind(nth_year=ordinal_words(int(ev.t) + 1), ny=year_phrase(nar, ev.t))
        return nar.say(f"mf_ev_{event_kind(nar, ev)}")

    def title(self, nar: Narrator) -> str:
        self._voice(nar)
        at(nar, 0.0)
        return nar.say("mf_title")

    def context(self, draft: Any, nar: Narrator) -> dict[str, Any]:
        ctx = super().context(draft, nar)
        front = dict(ctx["front"])
        beats = list(ctx["beats"])
        keys = [k for k in ("opening", "second") if front.get(k)]
        tail = [k for k in ("closing", "moral") if front.get(k)]
        slots = _introduce_watchers(nar, [front[k] for k in keys] + [bt.text for bt in beats] + [front[k] for k in tail])
        for i, k in enumerate(keys):
            front[k] = slots[i]
        n0 = len(keys)
        import dataclasses
        ctx["beats"] = [bt if bt.text == slots[n0 + i] else dataclasses.replace(bt, text=slots[n0 + i])
                        for i, bt in enumerate(beats)]
        for i, k in enumerate(tail):
            front[k] = slots[n0 + len(beats) + i]
        ctx["front"] = front
        return ctx

    def front(self, nar: Narrator) -> dict[str, Any]:
        self._voice(nar)
        w, r = nar.w, nar.rng
        at(nar, 0.0)
        opening = [nar.say(f"mf_open_{nar.mf_teller}")]
        if r.random() < 0.75:
            opening.append(nar.say("mf_make"))
        second = [nar.say("mf_charge")]
        if r.random() < 0.7:
            second.append(nar.say("mf_watch"))
        at(nar, w.horizon)
        closing = [nar.say("mf_close")]
        if r.random() < 0.5:
            closing.append(nar.say("mf_close"))
        moral = nar.say("mf_moral") if r.random() < 0.65 else ""
        st = dict(nar.fic_style)
        st["epithet"] = str(nar.x.bindings["epithet"])
        stash_style(nar, st)
        return {"opening": " ".join(opening), "second": " ".join(second), "closing": " ".join(closing), "moral": moral}
