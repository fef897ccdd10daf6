"""Which acts each target rule of the coder applies to: CAMEO roots, actor sectors and words.

The coder (:meth:`detente.coding.Coder._mentions`) infers a missing target, drops a false one or
recodes an act by rules that hold for some kinds of act only; these tables say for which.
"""

from __future__ import annotations

from detente.coding.lexicon import WORD_SETS

# roots whose act is aimed at the place where it happens ("shelled targets in Jericho", "lifted the
# curfew in Montenegro"); talks, statements and signings in Geneva are no act towards Switzerland
PLACE_TARGET_ROOTS = frozenset({"07", "08", "09", "13", "14", "15", "16", "17", "18", "19", "20"})
# help pledged or given at a place abroad helps the place's country ("pledged to build 10,000 houses in
# central Myanmar", "would finance a wharf in Luganville"); only material intents: a pledge to meet or talk
# in Geneva is no act towards Switzerland
ABROAD_HELP_CODES = ("030", "031", "033", "06")
HELP_ABROAD_VERBS = WORD_SETS["help_abroad_verbs"]
# acts of giving or pledging help (aid, personnel, support), whose object is what is given
PROVIDING_ROOTS = frozenset({"03", "07"})
# symmetric acts coded both ways even when one side is the grammatical object ("met with", "clashed with",
# "began joint patrols with"), by code prefix
RECIPROCAL_CODES = ("04", "05", "19", "062")
# hostile acts of two or more countries aimed at each other ("Ethiopia and Eritrea massed troops
# along their shared border")
MUTUAL_ROOTS = frozenset({"13", "15", "16", "17", "18", "19", "20"})
# cooperative acts two or more countries commit to together are between them ("both sides pledged to
# build a stable relationship"); mediators (045) work for others
JOINT_ROOTS = frozenset({"03", "04", "05", "06"})
# ("Greece and Turkey put their forces on alert in a dispute over islets": the dispute is theirs)
RECIPROCAL_WORDS = ("each other", "one another", "mutual", "their shared", "their common", "their disputed",
                    "in a dispute over", "in their dispute")
# hostile acts whose victim, when no target is named, is the state that reports them
VICTIM_REPORT_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})
# verbal acts whose target, when the sentence names none, is the article's other party; material
# acts (aid, force, attacks) name or place their target, and meetings may be internal
COUNTERPART_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13", "16"})
# acts that, naming no target, share that of the act they are joined to ("arrested ... and seized")
JOINED_TARGET_ROOTS = frozenset({"10", "11", "16", "17"})
# de-escalation (truce, retreat, withdrawal) faces the foe even when the sentence names it only in passing
DEESCALATION_CODES = ("087",)
# an insurgency's untargeted truces and concessions are made to its own state
INSURGENT_STATE_ROOTS = frozenset({"08"})
# "A met B", "A visited/hosted B": coded from the subject only (as the PETRARCH-2 gold does); talks,
# calls and clashes with a partner are coded both ways
ONE_WAY_CODES = frozenset({"040", "042", "043", "044"})
ONE_WAY_VERBS = WORD_SETS["one_way_verbs"]
REACTED_NOUNS = WORD_SETS["reacted_nouns"]
CAPTIVE_NOUNS = WORD_SETS["captive_nouns"]
RESPONSIBILITY_WORDS = WORD_SETS["responsibility_words"]
TRAVEL_VERBS = WORD_SETS["travel_verbs"]
FLIGHT_NOUNS = WORD_SETS["flight_nouns"]
CALL_VERBS = WORD_SETS["call_verbs"]
# people who down tools: their "strike" is a labour action
WORKING_SECTORS = frozenset({"LAB", "EDU", "HLH", "AGR", "CVL", "MED", "JRN"})
# cooperation that between a firm and private parties is trade
COMMERCE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
PRIVATE_SECTORS = frozenset({"MED", "JRN", "CVL", "BUS", "EDU", "HLH", "SPT", "REF", "LAB"})
# a state and the people who act for it
STATE_SECTORS = frozenset({"", "GOV", "ELI", "MIL"})
# the arms of a state a report by that state speaks for
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
# the forces a state moves, puts on alert or deploys
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY"})
TERRITORY_NOUNS = WORD_SETS["territory_nouns"]
TERRITORY_PREPS = WORD_SETS["territory_preps"]
# denials, apologies, criticism and violence answer people, not a thing ("denied any role", "apologised for
# the incident", "described the sanctions as extortion", "fired at an airport")
PARTY_ONLY_ROOTS = frozenset({"01", "05", "11", "18", "19", "20"})
# roots where a role without a country ("arrested opposition leaders", "accused rebels") is taken to
# be on the other side's home ground when the sentence names no place
HOME_ROLE_ROOTS = frozenset({"02", "08", "10", "11", "12", "17"})
# force a state uses at home (arrests, police deployments) and the withdrawal of its forces; troops moved
# within a state's own borders are mostly a show of force to a neighbour
HOME_FORCE_ROOTS = frozenset({"17"})
HOME_FORCE_CODES = frozenset({"087"})
POLICE_WORDS = WORD_SETS["police_words"]
# backers an appeal addresses ("called on allies") are parties no other actor may stand in for
BACKER_NOUNS = WORD_SETS["backer_nouns"]
PARTY_WORDS = WORD_SETS["party_words"] | BACKER_NOUNS
