"""The fitted answer scorer: a logistic regression over ``rag.answer.features`` whose probability that a
candidate answers the question is calibrated on development data, and a gate, a second logistic regression
over the best candidate's probability and the question's own features (``rag.answer.answerability``), that
decides whether the question is answered at all, each with its threshold chosen there.

It is fitted by ``python -m eval.fit_answerer`` (folds by document and by law; the out-of-fold report sits
beside the model) and ships as a small versioned JSON file, read once."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("answer_model.json")


@dataclass(frozen=True)
class Logistic:
    """Standardised logistic regression weights over named features, and the threshold its use takes."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, row: list[float]) -> float:
        """Calibrated probability for the feature ``row`` (in ``features`` order)."""
        z = self.intercept + sum(c * (x - m) / s for c, x, m, s in zip(self.coef, row, self.mean, self.scale))
        return 1 / (1 + math.exp(-max(-60.0, min(60.0, z))))

    def to_json(self) -> dict:
        """The weights as stored."""
        return {"features": list(self.features), "mean": list(self.mean), "scale": list(self.scale),
                "coef": list(self.coef), "intercept": self.intercept, "threshold": self.threshold}


def _logistic(data: dict) -> Logistic:
    return Logistic(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["coef"]),
                    float(data["intercept"]), float(data["threshold"]))


@dataclass(frozen=True)
class Gate(Logistic):
    """Whether a question is answered: refused when its probability is below ``threshold``. ``embedder`` names
    the embedder whose absolute cosines it reads ("" for a gate that reads none)."""

    embedder: str = ""
    # The threshold for a question whose first passage is no statute's (a report, a news article): the embedder's
    # cosines and the share of passages from one law mean otherwise there, so it is chosen on reports' own
    # questions (``eval.report_threshold``). None: ``threshold`` holds for every question.
    report_threshold: float | None = None

    def threshold_for(self, statute: bool) -> float:
        """The threshold a question is held to, by whether its first passage is a statute's."""
        return self.threshold if statute or self.report_threshold is None else self.report_threshold

    def to_json(self) -> dict:
        """The gate as stored."""
        return super().to_json() | {"embedder": self.embedder, "report_threshold": self.report_threshold}


@dataclass(frozen=True)
class AnswerModel(Logistic):
    """The candidate scorer (``threshold``: the probability a unit needs to join the best one, or to stand
    for it as a list) and its gates."""

    version: str = ""
    gates: tuple[Gate, ...] = ()

    def gate(self, embedder: str) -> Gate:
        """The gate fitted for ``embedder``'s cosines, else the one that reads no cosines."""
        return next((g for g in self.gates if g.embedder == embedder and embedder),
                    next(g for g in self.gates if not g.embedder))

    def to_json(self) -> dict:
        """The model as stored."""
        return {"version": self.version} | super().to_json() | {"gates": [g.to_json() for g in self.gates]}


def model_from_json(data: dict) -> AnswerModel:
    """An ``AnswerModel`` from its stored form."""
    gates = tuple(Gate(**vars(_logistic(g)), embedder=str(g.get("embedder", "")),
                       report_threshold=None if g.get("report_threshold") is None else float(g["report_threshold"]))
                  for g in data["gates"])
    return AnswerModel(**vars(_logistic(data)), version=str(data["version"]), gates=gates)


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> AnswerModel:
    """The shipped model (read once per process)."""
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))
