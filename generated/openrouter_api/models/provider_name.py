from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "AI21",
        "AionLabs",
        "AkashML",
        "Alibaba",
        "Amazon Bedrock",
        "Amazon Nova",
        "Ambient",
        "Anthropic",
        "Arcee AI",
        "AtlasCloud",
        "Avian",
        "Azure",
        "Baidu",
        "BaseTen",
        "Black Forest Labs",
        "BytePlus",
        "Cerebras",
        "Chutes",
        "Cirrascale",
        "Clarifai",
        "Claude Platform on AWS",
        "Cloudflare",
        "Cohere",
        "CoreWeave",
        "Crucible",
        "Crusoe",
        "Darkbloom",
        "Databricks",
        "Decart",
        "Deepgram",
        "DeepInfra",
        "DeepSeek",
        "DekaLLM",
        "DigitalOcean",
        "FakeProvider",
        "Featherless",
        "Fireworks",
        "Fish Audio",
        "Friendli",
        "GMICloud",
        "Google",
        "Google AI Studio",
        "Groq",
        "HeyGen",
        "Inception",
        "Inceptron",
        "Inferact vLLM",
        "InferenceNet",
        "Infermatic",
        "Inflection",
        "Ionstream",
        "Io Net",
        "Krea",
        "Liquid",
        "Makora",
        "Mancer 2",
        "Mara",
        "Meta",
        "Minimax",
        "Mistral",
        "Modal",
        "ModelRun",
        "Modular",
        "Moonshot AI",
        "Morph",
        "NCompass",
        "Nebius",
        "NextBit",
        "Nex AGI",
        "Novita",
        "Nvidia",
        "OpenAI",
        "OpenInference",
        "Parasail",
        "Perceptron",
        "Perplexity",
        "Phala",
        "Poolside",
        "Quiver",
        "Recraft",
        "Reka",
        "Relace",
        "Runway",
        "Sail Research",
        "Sakana AI",
        "SambaNova",
        "Seed",
        "SiliconFlow",
        "Sourceful",
        "Stealth",
        "StepFun",
        "StreamLake",
        "Switchpoint",
        "Tencent",
        "Tenstorrent",
        "Thinking Machines",
        "Together",
        "Upstage",
        "Venice",
        "VoyageAI by MongoDB",
        "Wafer",
        "WandB",
        "xAI",
        "Xiaomi",
        "Z.AI",
    }
)


class ProviderName(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    AI21 = "AI21"
    AIONLABS = "AionLabs"
    AKASHML = "AkashML"
    ALIBABA = "Alibaba"
    AMAZON_BEDROCK = "Amazon Bedrock"
    AMAZON_NOVA = "Amazon Nova"
    AMBIENT = "Ambient"
    ANTHROPIC = "Anthropic"
    ARCEE_AI = "Arcee AI"
    ATLASCLOUD = "AtlasCloud"
    AVIAN = "Avian"
    AZURE = "Azure"
    BAIDU = "Baidu"
    BASETEN = "BaseTen"
    BLACK_FOREST_LABS = "Black Forest Labs"
    BYTEPLUS = "BytePlus"
    CEREBRAS = "Cerebras"
    CHUTES = "Chutes"
    CIRRASCALE = "Cirrascale"
    CLARIFAI = "Clarifai"
    CLAUDE_PLATFORM_ON_AWS = "Claude Platform on AWS"
    CLOUDFLARE = "Cloudflare"
    COHERE = "Cohere"
    COREWEAVE = "CoreWeave"
    CRUCIBLE = "Crucible"
    CRUSOE = "Crusoe"
    DARKBLOOM = "Darkbloom"
    DATABRICKS = "Databricks"
    DECART = "Decart"
    DEEPGRAM = "Deepgram"
    DEEPINFRA = "DeepInfra"
    DEEPSEEK = "DeepSeek"
    DEKALLM = "DekaLLM"
    DIGITALOCEAN = "DigitalOcean"
    FAKEPROVIDER = "FakeProvider"
    FEATHERLESS = "Featherless"
    FIREWORKS = "Fireworks"
    FISH_AUDIO = "Fish Audio"
    FRIENDLI = "Friendli"
    GMICLOUD = "GMICloud"
    GOOGLE = "Google"
    GOOGLE_AI_STUDIO = "Google AI Studio"
    GROQ = "Groq"
    HEYGEN = "HeyGen"
    INCEPTION = "Inception"
    INCEPTRON = "Inceptron"
    INFERACT_VLLM = "Inferact vLLM"
    INFERENCENET = "InferenceNet"
    INFERMATIC = "Infermatic"
    INFLECTION = "Inflection"
    IONSTREAM = "Ionstream"
    IO_NET = "Io Net"
    KREA = "Krea"
    LIQUID = "Liquid"
    MAKORA = "Makora"
    MANCER_2 = "Mancer 2"
    MARA = "Mara"
    META = "Meta"
    MINIMAX = "Minimax"
    MISTRAL = "Mistral"
    MODAL = "Modal"
    MODELRUN = "ModelRun"
    MODULAR = "Modular"
    MOONSHOT_AI = "Moonshot AI"
    MORPH = "Morph"
    NCOMPASS = "NCompass"
    NEBIUS = "Nebius"
    NEXTBIT = "NextBit"
    NEX_AGI = "Nex AGI"
    NOVITA = "Novita"
    NVIDIA = "Nvidia"
    OPENAI = "OpenAI"
    OPENINFERENCE = "OpenInference"
    PARASAIL = "Parasail"
    PERCEPTRON = "Perceptron"
    PERPLEXITY = "Perplexity"
    PHALA = "Phala"
    POOLSIDE = "Poolside"
    QUIVER = "Quiver"
    RECRAFT = "Recraft"
    REKA = "Reka"
    RELACE = "Relace"
    RUNWAY = "Runway"
    SAIL_RESEARCH = "Sail Research"
    SAKANA_AI = "Sakana AI"
    SAMBANOVA = "SambaNova"
    SEED = "Seed"
    SILICONFLOW = "SiliconFlow"
    SOURCEFUL = "Sourceful"
    STEALTH = "Stealth"
    STEPFUN = "StepFun"
    STREAMLAKE = "StreamLake"
    SWITCHPOINT = "Switchpoint"
    TENCENT = "Tencent"
    TENSTORRENT = "Tenstorrent"
    THINKING_MACHINES = "Thinking Machines"
    TOGETHER = "Together"
    UPSTAGE = "Upstage"
    VENICE = "Venice"
    VOYAGEAI_BY_MONGODB = "VoyageAI by MongoDB"
    WAFER = "Wafer"
    WANDB = "WandB"
    XAI = "xAI"
    XIAOMI = "Xiaomi"
    Z_AI = "Z.AI"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
