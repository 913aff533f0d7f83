"""The fitted answer scorer: a logistic regression over ``rag.answer.features`` whose probability that a
candidate answers the question is calibrated on development data, with the refusal threshold chosen there.

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
class AnswerModel:
    """Standardised logistic regression weights and the answerability threshold."""

    version: str
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float  # refuse when the best candidate's probability is below this

    def probability(self, row: list[float]) -> float:
        """Calibrated probability that the candidate with feature ``row`` answers the question."""
        z = self.intercept + sum(c * (x - m) / s for c, x, m, s in zip(self.coef, row, self.mean, self.scale))
        return 1 / (1 + math.exp(-max(-60.0, min(60.0, z))))

    def to_json(self) -> dict:
        """The model as stored."""
        return {"version": self.version, "features": list(self.features), "mean": list(self.mean),
                "scale": list(self.scale), "coef": list(self.coef), "intercept": self.intercept,
                "threshold": self.threshold}


def model_from_json(data: dict) -> AnswerModel:
    """An ``AnswerModel`` from its stored form."""
    return AnswerModel(str(data["version"]), tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]),
                       tuple(data["coef"]), float(data["intercept"]), float(data["threshold"]))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> AnswerModel:
    """The shipped model (read once per process)."""
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))
