from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "ai21",
        "aion-labs",
        "akashml",
        "alibaba",
        "amazon-bedrock",
        "amazon-nova",
        "ambient",
        "anthropic",
        "arcee-ai",
        "atlas-cloud",
        "avian",
        "azure",
        "baidu",
        "baseten",
        "black-forest-labs",
        "byteplus",
        "cerebras",
        "chutes",
        "cirrascale",
        "clarifai",
        "cloudflare",
        "cohere",
        "coreweave",
        "crusoe",
        "darkbloom",
        "databricks",
        "decart",
        "deepgram",
        "deepinfra",
        "deepseek",
        "dekallm",
        "digitalocean",
        "featherless",
        "fireworks",
        "fish-audio",
        "friendli",
        "gmicloud",
        "google-ai-studio",
        "google-vertex",
        "groq",
        "heygen",
        "inception",
        "inceptron",
        "inferact-vllm",
        "inference-net",
        "infermatic",
        "inflection",
        "ionstream",
        "io-net",
        "krea",
        "liquid",
        "makora",
        "mancer",
        "mara",
        "meta",
        "minimax",
        "mistral",
        "modal",
        "modelrun",
        "modular",
        "moonshotai",
        "morph",
        "ncompass",
        "nebius",
        "nextbit",
        "nex-agi",
        "novita",
        "nvidia",
        "openai",
        "open-inference",
        "parasail",
        "perceptron",
        "perplexity",
        "phala",
        "poolside",
        "quiver",
        "recraft",
        "reka",
        "relace",
        "runway",
        "sail-research",
        "sakana",
        "sakana-ai",
        "sambanova",
        "seed",
        "siliconflow",
        "sourceful",
        "stepfun",
        "streamlake",
        "switchpoint",
        "tencent",
        "tenstorrent",
        "thinkingmachines",
        "together",
        "upstage",
        "venice",
        "wafer",
        "wandb",
        "wandb-legacy",
        "xai",
        "xiaomi",
        "z-ai",
    }
)


class ListByokKeysProvider(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    AI21 = "ai21"
    AION_LABS = "aion-labs"
    AKASHML = "akashml"
    ALIBABA = "alibaba"
    AMAZON_BEDROCK = "amazon-bedrock"
    AMAZON_NOVA = "amazon-nova"
    AMBIENT = "ambient"
    ANTHROPIC = "anthropic"
    ARCEE_AI = "arcee-ai"
    ATLAS_CLOUD = "atlas-cloud"
    AVIAN = "avian"
    AZURE = "azure"
    BAIDU = "baidu"
    BASETEN = "baseten"
    BLACK_FOREST_LABS = "black-forest-labs"
    BYTEPLUS = "byteplus"
    CEREBRAS = "cerebras"
    CHUTES = "chutes"
    CIRRASCALE = "cirrascale"
    CLARIFAI = "clarifai"
    CLOUDFLARE = "cloudflare"
    COHERE = "cohere"
    COREWEAVE = "coreweave"
    CRUSOE = "crusoe"
    DARKBLOOM = "darkbloom"
    DATABRICKS = "databricks"
    DECART = "decart"
    DEEPGRAM = "deepgram"
    DEEPINFRA = "deepinfra"
    DEEPSEEK = "deepseek"
    DEKALLM = "dekallm"
    DIGITALOCEAN = "digitalocean"
    FEATHERLESS = "featherless"
    FIREWORKS = "fireworks"
    FISH_AUDIO = "fish-audio"
    FRIENDLI = "friendli"
    GMICLOUD = "gmicloud"
    GOOGLE_AI_STUDIO = "google-ai-studio"
    GOOGLE_VERTEX = "google-vertex"
    GROQ = "groq"
    HEYGEN = "heygen"
    INCEPTION = "inception"
    INCEPTRON = "inceptron"
    INFERACT_VLLM = "inferact-vllm"
    INFERENCE_NET = "inference-net"
    INFERMATIC = "infermatic"
    INFLECTION = "inflection"
    IONSTREAM = "ionstream"
    IO_NET = "io-net"
    KREA = "krea"
    LIQUID = "liquid"
    MAKORA = "makora"
    MANCER = "mancer"
    MARA = "mara"
    META = "meta"
    MINIMAX = "minimax"
    MISTRAL = "mistral"
    MODAL = "modal"
    MODELRUN = "modelrun"
    MODULAR = "modular"
    MOONSHOTAI = "moonshotai"
    MORPH = "morph"
    NCOMPASS = "ncompass"
    NEBIUS = "nebius"
    NEXTBIT = "nextbit"
    NEX_AGI = "nex-agi"
    NOVITA = "novita"
    NVIDIA = "nvidia"
    OPENAI = "openai"
    OPEN_INFERENCE = "open-inference"
    PARASAIL = "parasail"
    PERCEPTRON = "perceptron"
    PERPLEXITY = "perplexity"
    PHALA = "phala"
    POOLSIDE = "poolside"
    QUIVER = "quiver"
    RECRAFT = "recraft"
    REKA = "reka"
    RELACE = "relace"
    RUNWAY = "runway"
    SAIL_RESEARCH = "sail-research"
    SAKANA = "sakana"
    SAKANA_AI = "sakana-ai"
    SAMBANOVA = "sambanova"
    SEED = "seed"
    SILICONFLOW = "siliconflow"
    SOURCEFUL = "sourceful"
    STEPFUN = "stepfun"
    STREAMLAKE = "streamlake"
    SWITCHPOINT = "switchpoint"
    TENCENT = "tencent"
    TENSTORRENT = "tenstorrent"
    THINKINGMACHINES = "thinkingmachines"
    TOGETHER = "together"
    UPSTAGE = "upstage"
    VENICE = "venice"
    WAFER = "wafer"
    WANDB = "wandb"
    WANDB_LEGACY = "wandb-legacy"
    XAI = "xai"
    XIAOMI = "xiaomi"
    Z_AI = "z-ai"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
