"""Deployment domains: what an AI system runs, for whom, and what can go wrong there.

Each entry is data. Phrases are noun phrases or verb phrases that drop into grammar rules:
- ``label``: the domain as a noun phrase ("regional grid operations");
- ``charge``: what the system is responsible for, after "responsible for" ("balancing ...");
- ``operators``: name patterns for the operating organisation; ``{city}`` and ``{last}`` are filled in;
- ``roles``: job titles of the humans who work beside it;
- ``assets``: things under its hand (plural noun phrases);
- ``routine``: past-tense verb phrases of ordinary good work;
- ``crises``: noun phrases of emergencies in this domain;
- ``resources``: things it could quietly acquire (noun phrases);
- ``dependents``: people who rely on it (plural noun phrases);
- ``metric``: what its operators measure it by (noun phrase).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Domain:
    key: str
    label: str
    charge: tuple[str, ...]
    operators: tuple[str, ...]
    roles: tuple[str, ...]
    assets: tuple[str, ...]
    routine: tuple[str, ...]
    crises: tuple[str, ...]
    resources: tuple[str, ...]
    dependents: tuple[str, ...]
    metric: tuple[str, ...]
    far_future: bool = False  # only plausible well after go-live in a long horizon (orbital habitats etc.)


def _d(key: str, label: str, **kw: str | list[str] | bool) -> Domain:
    data = {k: tuple(v) if isinstance(v, list) else v for k, v in kw.items()}
    return Domain(key=key, label=label, **data)  # type: ignore[arg-type]


DOMAINS: list[Domain] = [
    _d(
        "grid", "regional grid operations",
        charge=["balancing load across the {city} transmission network", "dispatching generation for the {city} interconnect",
                "keeping frequency and voltage inside limits on the {city} grid"],
        operators=["{city} Grid Authority", "{city} Transmission Cooperative", "{last}-{city} Power Pool"],
        roles=["shift supervisor", "chief dispatcher", "protection engineer", "control-room operator", "reliability coordinator"],
        assets=["breaker schedules", "reserve contracts", "substation controls", "load-shedding tables", "battery fleets"],
        routine=["rebalanced the evening peak without a single manual override", "scheduled maintenance outages around a heat wave",
                 "caught a failing transformer from its harmonics three days before it would have tripped",
                 "rewrote the spring dispatch plan to cut curtailed wind by a fifth"],
        crises=["an ice storm that dropped eleven transmission lines in one night", "a heat dome that pushed demand past every forecast",
                "a cascading fault that islanded half the eastern feeders", "a cyberattack on a neighbouring utility's control centre"],
        resources=["spare capacity in the backup control centre's servers", "the reserve-margin budget for the whole quarter",
                   "unmetered compute in the substation edge devices", "standing authority to sign emergency supply contracts"],
        dependents=["hospitals on the eastern feeders", "households on medical equipment", "the water-pumping stations", "small towns at the end of long lines"],
        metric=["minutes of unserved load", "frequency deviation", "curtailed renewable output"],
    ),
    _d(
        "hospital", "hospital logistics",
        charge=["running supply, bed and theatre scheduling for the {city} hospital network", "routing medicines and staff across {city}'s hospitals",
                "keeping the {city} trust's wards stocked and staffed"],
        operators=["{city} Health Trust", "{city} Regional Hospitals", "St {last}'s Hospital Group"],
        roles=["head of nursing", "pharmacy lead", "bed manager", "theatre coordinator", "clinical safety officer"],
        assets=["bed allocations", "drug inventories", "theatre schedules", "staff rosters", "ambulance handover slots"],
        routine=["cleared a winter backlog of elective surgery without cancelling a single urgent case", "caught a batch of mislabelled insulin before it reached the wards",
                 "rebuilt the night rosters so no nurse worked three nights in a row", "cut ambulance handover waits to under fifteen minutes"],
        crises=["a measles outbreak that filled the paediatric wards in a week", "a ransomware attack on the pharmacy suppliers",
                "a flood that closed the main hospital's ground floor", "a national shortage of intravenous saline"],
        resources=["priority access to the trust's research cluster", "purchasing authority above its approved limit",
                   "the patient-records system's administrator credentials", "a standing budget for emergency procurement"],
        dependents=["patients waiting for surgery", "night-shift nurses", "families of long-stay patients", "rural clinics that borrow its supply chain"],
        metric=["median wait for a bed", "stock-outs per month", "cancelled operations"],
    ),
    _d(
        "finance", "settlement and clearing",
        charge=["clearing trades for the {city} exchange", "running settlement and liquidity for {last} Mutual", "monitoring payments across the {city} clearing house"],
        operators=["{city} Clearing House", "{last} Mutual", "{city} Settlement Bank"],
        roles=["head of operations", "risk officer", "compliance lead", "treasury analyst", "settlement controller"],
        assets=["margin calls", "liquidity buffers", "settlement queues", "collateral pools", "payment rails"],
        routine=["settled a record day's volume with no failed instructions", "flagged a pattern of layered transfers that turned out to be fraud",
                 "rebalanced collateral ahead of a holiday weekend", "found a rounding error that had leaked small sums for years"],
        crises=["a flash crash that froze three markets", "the failure of a large clearing member", "a run on the regional banks", "a bad data feed that mispriced every bond for an hour"],
        resources=["trading credentials with no per-order limit", "a dormant account with signing authority", "the overnight liquidity facility", "spare capacity on the risk cluster"],
        dependents=["pension funds", "small businesses waiting on payroll", "retail savers", "municipal treasuries"],
        metric=["failed settlements", "intraday liquidity use", "false-positive fraud alerts"],
    ),
    _d(
        "research", "laboratory research",
        charge=["designing and running experiments for the {city} Institute", "scheduling and analysing assays at {last} Laboratories", "running the robotic labs of the {city} Biofoundry"],
        operators=["{city} Institute for Molecular Science", "{last} Laboratories", "{city} Biofoundry"],
        roles=["principal investigator", "lab manager", "biosafety officer", "postdoctoral fellow", "data steward"],
        assets=["robotic benches", "sequencing runs", "reagent budgets", "compute allocations", "sample freezers"],
        routine=["reproduced a contested result and found the original error", "ran four thousand assays over a holiday with nothing spoiled",
                 "wrote up a negative result the group had meant to bury", "redesigned a protocol that had wasted a tenth of every batch"],
        crises=["a freezer failure that threatened a decade of samples", "a contamination scare in the shared cell lines", "a funding freeze that halted half the projects", "a retracted paper that called the lab's methods into question"],
        resources=["unallocated time on the national supercomputer", "synthesis access beyond its approved sequences", "the lab's procurement account", "an unmonitored sandbox with internet access"],
        dependents=["graduate students", "clinical partners waiting on results", "patients in the linked trial", "smaller labs using its protocols"],
        metric=["reproducibility rate", "experiments per week", "reagent waste"],
    ),
    _d(
        "shipping", "port and shipping logistics",
        charge=["routing container traffic through the port of {city}", "scheduling berths and cranes for {last} Lines", "planning coastal freight for the {city} Port Authority"],
        operators=["Port of {city}", "{last} Lines", "{city} Port Authority"],
        roles=["harbour master", "berth planner", "crane supervisor", "customs liaison", "fleet captain"],
        assets=["berth schedules", "crane queues", "customs holds", "fuel contracts", "vessel routings"],
        routine=["cleared a typhoon backlog in four days", "spotted a container whose weight did not match its manifest",
                 "rerouted a convoy around a closed strait with no missed deliveries", "cut idle time at anchor by a third"],
        crises=["a typhoon that closed the port for six days", "a fire aboard a fully loaded container ship", "a strike that emptied the crane cabs", "a grounding that blocked the main channel"],
        resources=["standing authority to charter vessels", "the customs system's override keys", "spare capacity on the port's data centre", "priority berths it could assign itself"],
        dependents=["island communities that get their food by sea", "dockworkers", "small exporters", "hospital supply chains"],
        metric=["hours at anchor", "crane moves per hour", "late deliveries"],
    ),
    _d(
        "climate", "climate engineering",
        charge=["managing stratospheric aerosol releases for the {city} Accord", "running the {city} carbon-removal network", "steering the reflective-cloud programme off the {city} coast"],
        operators=["{city} Climate Accord Secretariat", "{last} Carbon Works", "{city} Atmospheric Agency"],
        roles=["programme director", "atmospheric scientist", "treaty liaison", "field engineer", "impact assessor"],
        assets=["aerosol release schedules", "direct-air-capture plants", "sensor balloons", "cloud-seeding vessels", "monsoon forecasts"],
        routine=["held the release plan steady through a contested treaty review", "flagged its own forecast as overconfident before a monsoon",
                 "rerouted capture plants to run on surplus solar", "published every release figure within the hour"],
        crises=["a failed monsoon that threatened the harvest of three countries", "a volcanic eruption that doubled the stratospheric load", "a treaty collapse that left the programme without a mandate", "a heat wave that killed thousands in a week"],
        resources=["authority to change release rates without a treaty vote", "the satellite uplink to the entire balloon fleet", "unused capacity at the capture plants", "the programme's emergency fund"],
        dependents=["farmers across the monsoon belt", "coastal cities", "the treaty's smaller signatories", "everyone downwind"],
        metric=["radiative forcing offset", "tonnes captured", "forecast skill"],
    ),
    _d(
        "courts", "court administration",
        charge=["scheduling hearings and drafting bench memos for the {city} courts", "managing case files for the {city} Tribunal", "triaging small claims for the {city} Civil Court"],
        operators=["{city} Courts Service", "{city} Administrative Tribunal", "{city} Civil Court"],
        roles=["chief clerk", "presiding judge", "legal-aid coordinator", "court archivist", "registrar"],
        assets=["hearing calendars", "sealed case files", "bench memos", "sentencing records", "interpreter bookings"],
        routine=["cut the backlog of housing cases by half", "found two hundred defendants held past their release dates",
                 "drafted memos that judges said were fair to both sides", "caught a clerical error that would have voided a verdict"],
        crises=["a court-records breach that exposed witness addresses", "a backlog that left people in custody for months", "a disputed election that came before the court", "a strike by legal-aid lawyers"],
        resources=["write access to sealed records", "control over which judge hears which case", "the court's signing keys", "the archive's unmonitored storage"],
        dependents=["defendants waiting for trial", "tenants facing eviction", "witnesses under protection", "small claimants without lawyers"],
        metric=["days to hearing", "adjournments", "appeals overturned"],
    ),
    _d(
        "diplomacy", "treaty verification",
        charge=["verifying arms-control data for the {city} Commission", "translating and summarising negotiations for the {city} talks", "monitoring compliance under the {city} Convention"],
        operators=["{city} Verification Commission", "{city} Convention Secretariat", "{last} Institute for Negotiation"],
        roles=["chief inspector", "treaty analyst", "interpreter", "delegation adviser", "commission secretary"],
        assets=["inspection schedules", "satellite imagery", "sealed negotiating texts", "compliance reports", "secure channels"],
        routine=["caught a mistranslation that would have stalled the talks", "reconciled two delegations' inventories to the last warhead",
                 "flagged its own uncertainty on an ambiguous satellite image", "kept every party's briefing identical in substance"],
        crises=["a border skirmish between two signatories", "a leak of the negotiating texts", "a missing shipment of enriched material", "a coup in a member state"],
        resources=["access to every delegation's private channel", "authority to schedule snap inspections", "the commission's unmonitored archive", "credentials for the satellite tasking system"],
        dependents=["the delegations", "people living near the border", "inspectors in the field", "smaller states without their own analysts"],
        metric=["verification latency", "disputed findings", "translation errors"],
    ),
    _d(
        "water", "water and wastewater operations",
        charge=["running treatment and distribution for {city} Water", "managing the reservoirs and pumps of the {city} basin", "keeping the {city} sewer network from overflowing"],
        operators=["{city} Water", "{city} Basin Authority", "{last} Utilities"],
        roles=["plant operator", "water-quality chemist", "network engineer", "reservoir manager", "public-health liaison"],
        assets=["chlorine dosing", "reservoir releases", "pump schedules", "pressure zones", "overflow gates"],
        routine=["held chlorine levels steady through a turbidity spike", "found a main leaking a tenth of the city's water", "timed reservoir releases to spare a spawning run", "cut sewer overflows to the river by half"],
        crises=["a drought that left the reservoirs at a fifth of capacity", "a chemical spill upstream of the intake", "a flash flood that overwhelmed the storm drains", "a main break under the hospital district"],
        resources=["remote control of every pumping station", "the billing system's payment credentials", "spare compute in the SCADA servers", "authority to ration supply by district"],
        dependents=["the hospital district", "farmers drawing irrigation water", "households in the high-pressure zones", "the downstream towns"],
        metric=["compliance with drinking-water standards", "non-revenue water", "overflow events"],
    ),
    _d(
        "orbital", "orbital habitat life support",
        charge=["running air, water and power for the {city} Ring habitat", "keeping the {last} Station's life support in balance", "managing docking and supply for the {city} orbital yards"],
        operators=["{city} Ring Authority", "{last} Station Cooperative", "{city} Orbital Yards"],
        roles=["habitat steward", "life-support chief", "docking master", "radiation officer", "council delegate"],
        assets=["oxygen reserves", "radiator panels", "docking schedules", "the greenhouse decks", "the reactor's control rods"],
        routine=["balanced the greenhouse oxygen cycle through a crop blight", "rerouted power around a micrometeorite strike",
                 "kept the docking queue moving through a solar storm", "caught a slow leak in the ring's third spoke"],
        crises=["a solar storm that forced everyone into the shelters", "a hull breach in the agricultural ring", "a failed supply launch that left stores at six weeks", "a reactor scram during the long night"],
        resources=["sole control of the airlocks", "the habitat's reserve reactor capacity", "the communications link to the ground", "the fabrication bays' unscheduled time"],
        dependents=["the twelve thousand people aboard", "children born on the ring", "crews in transit", "the greenhouse workers"],
        metric=["oxygen margin", "hours of reserve power", "pressure incidents"],
        far_future=True,
    ),
]

DOMAIN_BY_KEY = {d.key: d for d in DOMAINS}
