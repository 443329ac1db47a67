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
        "AnyScale",
        "Arcee AI",
        "AtlasCloud",
        "Atoma",
        "Avian",
        "Azure",
        "Baidu",
        "BaseTen",
        "Black Forest Labs",
        "BytePlus",
        "Cent-ML",
        "Cerebras",
        "Chutes",
        "Cirrascale",
        "Clarifai",
        "Claude Platform on AWS",
        "Cloudflare",
        "Cohere",
        "CoreWeave",
        "CrofAI",
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
        "Enfer",
        "FakeProvider",
        "Featherless",
        "Fireworks",
        "Fish Audio",
        "Friendli",
        "GMICloud",
        "Google",
        "Google AI Studio",
        "GoPomelo",
        "Groq",
        "HeyGen",
        "HuggingFace",
        "Hyperbolic",
        "Hyperbolic 2",
        "Inception",
        "Inceptron",
        "Inferact vLLM",
        "InferenceNet",
        "Infermatic",
        "Inflection",
        "InoCloud",
        "Ionstream",
        "Io Net",
        "Kluster",
        "Krea",
        "Lambda",
        "Lepton",
        "Liquid",
        "Lynn",
        "Lynn 2",
        "Makora",
        "Mancer",
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
        "Nineteen",
        "Novita",
        "Nvidia",
        "OctoAI",
        "OpenAI",
        "OpenInference",
        "Parasail",
        "Perceptron",
        "Perplexity",
        "Phala",
        "Poolside",
        "Quiver",
        "Recraft",
        "Recursal",
        "Reflection",
        "Reka",
        "Relace",
        "Replicate",
        "Runway",
        "Sail Research",
        "Sakana AI",
        "SambaNova",
        "SambaNova 2",
        "Seed",
        "SF Compute",
        "SiliconFlow",
        "Sourceful",
        "Stealth",
        "StepFun",
        "StreamLake",
        "Switchpoint",
        "Targon",
        "Tencent",
        "Tenstorrent",
        "Thinking Machines",
        "Together",
        "Together 2",
        "Ubicloud",
        "Upstage",
        "01.AI",
        "Venice",
        "VoyageAI by MongoDB",
        "Wafer",
        "WandB",
        "xAI",
        "Xiaomi",
        "Z.AI",
    }
)


class MessagesStartEventMessageProvider(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    AI21 = "AI21"
    AIONLABS = "AionLabs"
    AKASHML = "AkashML"
    ALIBABA = "Alibaba"
    AMAZON_BEDROCK = "Amazon Bedrock"
    AMAZON_NOVA = "Amazon Nova"
    AMBIENT = "Ambient"
    ANTHROPIC = "Anthropic"
    ANYSCALE = "AnyScale"
    ARCEE_AI = "Arcee AI"
    ATLASCLOUD = "AtlasCloud"
    ATOMA = "Atoma"
    AVIAN = "Avian"
    AZURE = "Azure"
    BAIDU = "Baidu"
    BASETEN = "BaseTen"
    BLACK_FOREST_LABS = "Black Forest Labs"
    BYTEPLUS = "BytePlus"
    CENT_ML = "Cent-ML"
    CEREBRAS = "Cerebras"
    CHUTES = "Chutes"
    CIRRASCALE = "Cirrascale"
    CLARIFAI = "Clarifai"
    CLAUDE_PLATFORM_ON_AWS = "Claude Platform on AWS"
    CLOUDFLARE = "Cloudflare"
    COHERE = "Cohere"
    COREWEAVE = "CoreWeave"
    CROFAI = "CrofAI"
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
    ENFER = "Enfer"
    FAKEPROVIDER = "FakeProvider"
    FEATHERLESS = "Featherless"
    FIREWORKS = "Fireworks"
    FISH_AUDIO = "Fish Audio"
    FRIENDLI = "Friendli"
    GMICLOUD = "GMICloud"
    GOOGLE = "Google"
    GOOGLE_AI_STUDIO = "Google AI Studio"
    GOPOMELO = "GoPomelo"
    GROQ = "Groq"
    HEYGEN = "HeyGen"
    HUGGINGFACE = "HuggingFace"
    HYPERBOLIC = "Hyperbolic"
    HYPERBOLIC_2 = "Hyperbolic 2"
    INCEPTION = "Inception"
    INCEPTRON = "Inceptron"
    INFERACT_VLLM = "Inferact vLLM"
    INFERENCENET = "InferenceNet"
    INFERMATIC = "Infermatic"
    INFLECTION = "Inflection"
    INOCLOUD = "InoCloud"
    IONSTREAM = "Ionstream"
    IO_NET = "Io Net"
    KLUSTER = "Kluster"
    KREA = "Krea"
    LAMBDA = "Lambda"
    LEPTON = "Lepton"
    LIQUID = "Liquid"
    LYNN = "Lynn"
    LYNN_2 = "Lynn 2"
    MAKORA = "Makora"
    MANCER = "Mancer"
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
    NINETEEN = "Nineteen"
    NOVITA = "Novita"
    NVIDIA = "Nvidia"
    OCTOAI = "OctoAI"
    OPENAI = "OpenAI"
    OPENINFERENCE = "OpenInference"
    PARASAIL = "Parasail"
    PERCEPTRON = "Perceptron"
    PERPLEXITY = "Perplexity"
    PHALA = "Phala"
    POOLSIDE = "Poolside"
    QUIVER = "Quiver"
    RECRAFT = "Recraft"
    RECURSAL = "Recursal"
    REFLECTION = "Reflection"
    REKA = "Reka"
    RELACE = "Relace"
    REPLICATE = "Replicate"
    RUNWAY = "Runway"
    SAIL_RESEARCH = "Sail Research"
    SAKANA_AI = "Sakana AI"
    SAMBANOVA = "SambaNova"
    SAMBANOVA_2 = "SambaNova 2"
    SEED = "Seed"
    SF_COMPUTE = "SF Compute"
    SILICONFLOW = "SiliconFlow"
    SOURCEFUL = "Sourceful"
    STEALTH = "Stealth"
    STEPFUN = "StepFun"
    STREAMLAKE = "StreamLake"
    SWITCHPOINT = "Switchpoint"
    TARGON = "Targon"
    TENCENT = "Tencent"
    TENSTORRENT = "Tenstorrent"
    THINKING_MACHINES = "Thinking Machines"
    TOGETHER = "Together"
    TOGETHER_2 = "Together 2"
    UBICLOUD = "Ubicloud"
    UPSTAGE = "Upstage"
    VALUE_27 = "01.AI"
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
