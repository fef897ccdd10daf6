"""The record the clause coder produces: one candidate act over tokens, before its heads become actors."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from detente.coding.home_affairs import about_home_affairs
from detente.coding.modality import Modality
from detente.records import Trait

# acts whose announcement under a condition or in the future is a threat (CAMEO 13x)
COERCIVE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
# acts of pressure short of coercion (legal action, rejection, protest) that are a threat (130, 133) only when
# announced under a condition: "will take the case to court if Peru keeps sending warships"
PRESSURE_ROOTS = frozenset({"11", "12", "14"})
# judgements (comment, approval, criticism), which may be of another state's elections or reforms
JUDGING_ROOTS = frozenset({"01", "05", "11"})


@dataclass
class Act:
    """A coded clause before actor resolution.

    Attributes:
        anchor: Token the act hangs on (verb or event noun).
        code: CAMEO code.
        rule: Lexicon rule id (with derivation noted).
        trigger: Token indices (document-level) spanning the trigger words.
        sources / targets: Candidate head tokens (conjuncts expanded later).
        symmetric: Code both directions among the participants.
        modality: Negation / possibility of the clause.
        penalty: Confidence deductions accumulated while building the act.
        nominal: Found as a bare event noun ("the meeting between A and B").
        fallback: Target heads to try when :attr:`targets` name no actor ("denied X, blaming Manila").
        scoped: Whether another actor of the clause may stand in for a target that names none (not for
            an accusation, whose accused is its clause's subject).
        domestic: Without a target, aimed at the actor's own country (CAMEO's domestic acts and
            intents, threats and refusals of them: "threatened to impose a curfew").
        traits: How the act was reached (see :class:`detente.records.Trait`).
    """

    anchor: Token
    code: str
    rule: str
    trigger: list[int]
    sources: list[Token]
    targets: list[Token]
    symmetric: bool = False
    modality: Modality = field(default_factory=Modality)
    penalty: float = 0.0
    nominal: bool = False
    domestic: bool = False
    fallback: list[Token] = field(default_factory=list)
    scoped: bool = True
    traits: Trait = Trait(0)

    def __post_init__(self) -> None:
        # "would not call early elections", "vowed to hold a referendum": an act about the actor's own politics
        # is domestic (welcoming or criticising elections may judge another state's)
        self.domestic = self.domestic or self.code[:2] not in JUDGING_ROOTS and self.anchor.pos_ in ("VERB", "AUX") \
            and about_home_affairs(self.anchor)

    @property
    def root(self) -> str:
        """Two-digit CAMEO root of :attr:`code`."""
        return self.code[:2]


def participle_assault(act: Act) -> bool:
    """An assault told as the participle of another act ("..., killing six soldiers")."""
    anchor = act.anchor
    return act.root in ("18", "19") and anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and anchor.head != anchor
