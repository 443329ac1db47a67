from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.provider_options_01_ai import ProviderOptions01Ai
    from ..models.provider_options_ai_21 import ProviderOptionsAi21
    from ..models.provider_options_aion_labs import ProviderOptionsAionLabs
    from ..models.provider_options_akashml import ProviderOptionsAkashml
    from ..models.provider_options_alibaba import ProviderOptionsAlibaba
    from ..models.provider_options_amazon_bedrock import ProviderOptionsAmazonBedrock
    from ..models.provider_options_amazon_bedrockclaude_on_aws import (
        ProviderOptionsAmazonBedrockclaudeOnAws,
    )
    from ..models.provider_options_amazon_nova import ProviderOptionsAmazonNova
    from ..models.provider_options_ambient import ProviderOptionsAmbient
    from ..models.provider_options_anthropic import ProviderOptionsAnthropic
    from ..models.provider_options_anthropic_2 import ProviderOptionsAnthropic2
    from ..models.provider_options_anyscale import ProviderOptionsAnyscale
    from ..models.provider_options_arcee_ai import ProviderOptionsArceeAi
    from ..models.provider_options_atlas_cloud import ProviderOptionsAtlasCloud
    from ..models.provider_options_atoma import ProviderOptionsAtoma
    from ..models.provider_options_avian import ProviderOptionsAvian
    from ..models.provider_options_azure import ProviderOptionsAzure
    from ..models.provider_options_baidu import ProviderOptionsBaidu
    from ..models.provider_options_baseten import ProviderOptionsBaseten
    from ..models.provider_options_black_forest_labs import (
        ProviderOptionsBlackForestLabs,
    )
    from ..models.provider_options_byteplus import ProviderOptionsByteplus
    from ..models.provider_options_centml import ProviderOptionsCentml
    from ..models.provider_options_cerebras import ProviderOptionsCerebras
    from ..models.provider_options_chutes import ProviderOptionsChutes
    from ..models.provider_options_cirrascale import ProviderOptionsCirrascale
    from ..models.provider_options_clarifai import ProviderOptionsClarifai
    from ..models.provider_options_claude_on_aws import ProviderOptionsClaudeOnAws
    from ..models.provider_options_cloudflare import ProviderOptionsCloudflare
    from ..models.provider_options_cohere import ProviderOptionsCohere
    from ..models.provider_options_coreweave import ProviderOptionsCoreweave
    from ..models.provider_options_crofai import ProviderOptionsCrofai
    from ..models.provider_options_crucible import ProviderOptionsCrucible
    from ..models.provider_options_crusoe import ProviderOptionsCrusoe
    from ..models.provider_options_darkbloom import ProviderOptionsDarkbloom
    from ..models.provider_options_databricks import ProviderOptionsDatabricks
    from ..models.provider_options_decart import ProviderOptionsDecart
    from ..models.provider_options_deepgram import ProviderOptionsDeepgram
    from ..models.provider_options_deepinfra import ProviderOptionsDeepinfra
    from ..models.provider_options_deepseek import ProviderOptionsDeepseek
    from ..models.provider_options_dekallm import ProviderOptionsDekallm
    from ..models.provider_options_digitalocean import ProviderOptionsDigitalocean
    from ..models.provider_options_enfer import ProviderOptionsEnfer
    from ..models.provider_options_fake_provider import ProviderOptionsFakeProvider
    from ..models.provider_options_featherless import ProviderOptionsFeatherless
    from ..models.provider_options_fireworks import ProviderOptionsFireworks
    from ..models.provider_options_fish_audio import ProviderOptionsFishAudio
    from ..models.provider_options_friendli import ProviderOptionsFriendli
    from ..models.provider_options_gmicloud import ProviderOptionsGmicloud
    from ..models.provider_options_google_ai_studio import ProviderOptionsGoogleAiStudio
    from ..models.provider_options_google_vertex import ProviderOptionsGoogleVertex
    from ..models.provider_options_gopomelo import ProviderOptionsGopomelo
    from ..models.provider_options_groq import ProviderOptionsGroq
    from ..models.provider_options_heygen import ProviderOptionsHeygen
    from ..models.provider_options_huggingface import ProviderOptionsHuggingface
    from ..models.provider_options_hyperbolic import ProviderOptionsHyperbolic
    from ..models.provider_options_hyperbolic_quantized import (
        ProviderOptionsHyperbolicQuantized,
    )
    from ..models.provider_options_inception import ProviderOptionsInception
    from ..models.provider_options_inceptron import ProviderOptionsInceptron
    from ..models.provider_options_inferact_vllm import ProviderOptionsInferactVllm
    from ..models.provider_options_inference_net import ProviderOptionsInferenceNet
    from ..models.provider_options_infermatic import ProviderOptionsInfermatic
    from ..models.provider_options_inflection import ProviderOptionsInflection
    from ..models.provider_options_inocloud import ProviderOptionsInocloud
    from ..models.provider_options_io_net import ProviderOptionsIoNet
    from ..models.provider_options_ionstream import ProviderOptionsIonstream
    from ..models.provider_options_klusterai import ProviderOptionsKlusterai
    from ..models.provider_options_krea import ProviderOptionsKrea
    from ..models.provider_options_lambda import ProviderOptionsLambda
    from ..models.provider_options_lepton import ProviderOptionsLepton
    from ..models.provider_options_liquid import ProviderOptionsLiquid
    from ..models.provider_options_lynn import ProviderOptionsLynn
    from ..models.provider_options_lynn_private import ProviderOptionsLynnPrivate
    from ..models.provider_options_makora import ProviderOptionsMakora
    from ..models.provider_options_mancer import ProviderOptionsMancer
    from ..models.provider_options_mancer_old import ProviderOptionsMancerOld
    from ..models.provider_options_mara import ProviderOptionsMara
    from ..models.provider_options_meta import ProviderOptionsMeta
    from ..models.provider_options_minimax import ProviderOptionsMinimax
    from ..models.provider_options_mistral import ProviderOptionsMistral
    from ..models.provider_options_modal import ProviderOptionsModal
    from ..models.provider_options_modelrun import ProviderOptionsModelrun
    from ..models.provider_options_modular import ProviderOptionsModular
    from ..models.provider_options_moonshotai import ProviderOptionsMoonshotai
    from ..models.provider_options_morph import ProviderOptionsMorph
    from ..models.provider_options_ncompass import ProviderOptionsNcompass
    from ..models.provider_options_nebius import ProviderOptionsNebius
    from ..models.provider_options_nex_agi import ProviderOptionsNexAgi
    from ..models.provider_options_nextbit import ProviderOptionsNextbit
    from ..models.provider_options_nineteen import ProviderOptionsNineteen
    from ..models.provider_options_novita import ProviderOptionsNovita
    from ..models.provider_options_nvidia import ProviderOptionsNvidia
    from ..models.provider_options_octoai import ProviderOptionsOctoai
    from ..models.provider_options_open_inference import ProviderOptionsOpenInference
    from ..models.provider_options_openai import ProviderOptionsOpenai
    from ..models.provider_options_parasail import ProviderOptionsParasail
    from ..models.provider_options_perceptron import ProviderOptionsPerceptron
    from ..models.provider_options_perplexity import ProviderOptionsPerplexity
    from ..models.provider_options_phala import ProviderOptionsPhala
    from ..models.provider_options_poolside import ProviderOptionsPoolside
    from ..models.provider_options_quiver import ProviderOptionsQuiver
    from ..models.provider_options_recraft import ProviderOptionsRecraft
    from ..models.provider_options_recursal import ProviderOptionsRecursal
    from ..models.provider_options_reflection import ProviderOptionsReflection
    from ..models.provider_options_reka import ProviderOptionsReka
    from ..models.provider_options_relace import ProviderOptionsRelace
    from ..models.provider_options_replicate import ProviderOptionsReplicate
    from ..models.provider_options_runway import ProviderOptionsRunway
    from ..models.provider_options_sail_research import ProviderOptionsSailResearch
    from ..models.provider_options_sakana import ProviderOptionsSakana
    from ..models.provider_options_sakana_ai import ProviderOptionsSakanaAi
    from ..models.provider_options_sambanova import ProviderOptionsSambanova
    from ..models.provider_options_sambanova_cloaked import (
        ProviderOptionsSambanovaCloaked,
    )
    from ..models.provider_options_seed import ProviderOptionsSeed
    from ..models.provider_options_sf_compute import ProviderOptionsSfCompute
    from ..models.provider_options_siliconflow import ProviderOptionsSiliconflow
    from ..models.provider_options_sourceful import ProviderOptionsSourceful
    from ..models.provider_options_stealth import ProviderOptionsStealth
    from ..models.provider_options_stepfun import ProviderOptionsStepfun
    from ..models.provider_options_streamlake import ProviderOptionsStreamlake
    from ..models.provider_options_switchpoint import ProviderOptionsSwitchpoint
    from ..models.provider_options_targon import ProviderOptionsTargon
    from ..models.provider_options_tencent import ProviderOptionsTencent
    from ..models.provider_options_tenstorrent import ProviderOptionsTenstorrent
    from ..models.provider_options_thinkingmachines import (
        ProviderOptionsThinkingmachines,
    )
    from ..models.provider_options_together import ProviderOptionsTogether
    from ..models.provider_options_together_lite import ProviderOptionsTogetherLite
    from ..models.provider_options_ubicloud import ProviderOptionsUbicloud
    from ..models.provider_options_upstage import ProviderOptionsUpstage
    from ..models.provider_options_venice import ProviderOptionsVenice
    from ..models.provider_options_voyageai import ProviderOptionsVoyageai
    from ..models.provider_options_wafer import ProviderOptionsWafer
    from ..models.provider_options_wandb import ProviderOptionsWandb
    from ..models.provider_options_wandb_legacy import ProviderOptionsWandbLegacy
    from ..models.provider_options_xai import ProviderOptionsXai
    from ..models.provider_options_xiaomi import ProviderOptionsXiaomi
    from ..models.provider_options_z_ai import ProviderOptionsZAi


@_attrs_define(slots=False, repr=False)
class ProviderOptions(LazyModel):
    """Provider-specific options keyed by provider slug. Only options for the matched provider are forwarded; the rest are
    ignored. Unrecognized keys are silently dropped.

        Example:
            {'openai': {'max_tokens': 1000}}

        Attributes:
            field_01ai (ProviderOptions01Ai | None):
            ai21 (ProviderOptionsAi21 | None):
            aion_labs (ProviderOptionsAionLabs | None):
            akashml (ProviderOptionsAkashml | None):
            alibaba (ProviderOptionsAlibaba | None):
            amazon_bedrock (ProviderOptionsAmazonBedrock | None):
            amazon_bedrockclaude_on_aws (ProviderOptionsAmazonBedrockclaudeOnAws | None):
            amazon_nova (ProviderOptionsAmazonNova | None):
            ambient (ProviderOptionsAmbient | None):
            anthropic (ProviderOptionsAnthropic | None):
            anthropic2 (ProviderOptionsAnthropic2 | None):
            anyscale (ProviderOptionsAnyscale | None):
            arcee_ai (ProviderOptionsArceeAi | None):
            atlas_cloud (ProviderOptionsAtlasCloud | None):
            atoma (ProviderOptionsAtoma | None):
            avian (ProviderOptionsAvian | None):
            azure (ProviderOptionsAzure | None):
            baidu (ProviderOptionsBaidu | None):
            baseten (ProviderOptionsBaseten | None):
            black_forest_labs (ProviderOptionsBlackForestLabs | None):
            byteplus (ProviderOptionsByteplus | None):
            centml (ProviderOptionsCentml | None):
            cerebras (ProviderOptionsCerebras | None):
            chutes (ProviderOptionsChutes | None):
            cirrascale (ProviderOptionsCirrascale | None):
            clarifai (ProviderOptionsClarifai | None):
            claude_on_aws (ProviderOptionsClaudeOnAws | None):
            cloudflare (ProviderOptionsCloudflare | None):
            cohere (ProviderOptionsCohere | None):
            coreweave (ProviderOptionsCoreweave | None):
            crofai (ProviderOptionsCrofai | None):
            crucible (ProviderOptionsCrucible | None):
            crusoe (ProviderOptionsCrusoe | None):
            darkbloom (ProviderOptionsDarkbloom | None):
            databricks (ProviderOptionsDatabricks | None):
            decart (ProviderOptionsDecart | None):
            deepgram (ProviderOptionsDeepgram | None):
            deepinfra (ProviderOptionsDeepinfra | None):
            deepseek (ProviderOptionsDeepseek | None):
            dekallm (ProviderOptionsDekallm | None):
            digitalocean (ProviderOptionsDigitalocean | None):
            enfer (ProviderOptionsEnfer | None):
            fake_provider (ProviderOptionsFakeProvider | None):
            featherless (ProviderOptionsFeatherless | None):
            fireworks (ProviderOptionsFireworks | None):
            fish_audio (ProviderOptionsFishAudio | None):
            friendli (ProviderOptionsFriendli | None):
            gmicloud (ProviderOptionsGmicloud | None):
            google_ai_studio (ProviderOptionsGoogleAiStudio | None):
            google_vertex (ProviderOptionsGoogleVertex | None):
            gopomelo (ProviderOptionsGopomelo | None):
            groq (ProviderOptionsGroq | None):
            heygen (ProviderOptionsHeygen | None):
            huggingface (ProviderOptionsHuggingface | None):
            hyperbolic (ProviderOptionsHyperbolic | None):
            hyperbolic_quantized (ProviderOptionsHyperbolicQuantized | None):
            inception (ProviderOptionsInception | None):
            inceptron (ProviderOptionsInceptron | None):
            inferact_vllm (ProviderOptionsInferactVllm | None):
            inference_net (ProviderOptionsInferenceNet | None):
            infermatic (ProviderOptionsInfermatic | None):
            inflection (ProviderOptionsInflection | None):
            inocloud (ProviderOptionsInocloud | None):
            io_net (ProviderOptionsIoNet | None):
            ionstream (ProviderOptionsIonstream | None):
            klusterai (ProviderOptionsKlusterai | None):
            krea (ProviderOptionsKrea | None):
            lambda_ (ProviderOptionsLambda | None):
            lepton (ProviderOptionsLepton | None):
            liquid (ProviderOptionsLiquid | None):
            lynn (ProviderOptionsLynn | None):
            lynn_private (ProviderOptionsLynnPrivate | None):
            makora (ProviderOptionsMakora | None):
            mancer (ProviderOptionsMancer | None):
            mancer_old (ProviderOptionsMancerOld | None):
            mara (ProviderOptionsMara | None):
            meta (ProviderOptionsMeta | None):
            minimax (ProviderOptionsMinimax | None):
            mistral (ProviderOptionsMistral | None):
            modal (ProviderOptionsModal | None):
            modelrun (ProviderOptionsModelrun | None):
            modular (ProviderOptionsModular | None):
            moonshotai (ProviderOptionsMoonshotai | None):
            morph (ProviderOptionsMorph | None):
            ncompass (ProviderOptionsNcompass | None):
            nebius (ProviderOptionsNebius | None):
            nex_agi (ProviderOptionsNexAgi | None):
            nextbit (ProviderOptionsNextbit | None):
            nineteen (ProviderOptionsNineteen | None):
            novita (ProviderOptionsNovita | None):
            nvidia (ProviderOptionsNvidia | None):
            octoai (ProviderOptionsOctoai | None):
            open_inference (ProviderOptionsOpenInference | None):
            openai (ProviderOptionsOpenai | None):
            parasail (ProviderOptionsParasail | None):
            perceptron (ProviderOptionsPerceptron | None):
            perplexity (ProviderOptionsPerplexity | None):
            phala (ProviderOptionsPhala | None):
            poolside (ProviderOptionsPoolside | None):
            quiver (ProviderOptionsQuiver | None):
            recraft (ProviderOptionsRecraft | None):
            recursal (ProviderOptionsRecursal | None):
            reflection (ProviderOptionsReflection | None):
            reka (ProviderOptionsReka | None):
            relace (ProviderOptionsRelace | None):
            replicate (ProviderOptionsReplicate | None):
            runway (ProviderOptionsRunway | None):
            sail_research (ProviderOptionsSailResearch | None):
            sakana (ProviderOptionsSakana | None):
            sakana_ai (ProviderOptionsSakanaAi | None):
            sambanova (ProviderOptionsSambanova | None):
            sambanova_cloaked (ProviderOptionsSambanovaCloaked | None):
            seed (ProviderOptionsSeed | None):
            sf_compute (ProviderOptionsSfCompute | None):
            siliconflow (ProviderOptionsSiliconflow | None):
            sourceful (ProviderOptionsSourceful | None):
            stealth (ProviderOptionsStealth | None):
            stepfun (ProviderOptionsStepfun | None):
            streamlake (ProviderOptionsStreamlake | None):
            switchpoint (ProviderOptionsSwitchpoint | None):
            targon (ProviderOptionsTargon | None):
            tencent (ProviderOptionsTencent | None):
            tenstorrent (ProviderOptionsTenstorrent | None):
            thinkingmachines (ProviderOptionsThinkingmachines | None):
            together (ProviderOptionsTogether | None):
            together_lite (ProviderOptionsTogetherLite | None):
            ubicloud (ProviderOptionsUbicloud | None):
            upstage (ProviderOptionsUpstage | None):
            venice (ProviderOptionsVenice | None):
            voyageai (ProviderOptionsVoyageai | None):
            wafer (ProviderOptionsWafer | None):
            wandb (ProviderOptionsWandb | None):
            wandb_legacy (ProviderOptionsWandbLegacy | None):
            xai (ProviderOptionsXai | None):
            xiaomi (ProviderOptionsXiaomi | None):
            z_ai (ProviderOptionsZAi | None):
    """

    field_01ai: ProviderOptions01Ai | None = ABSENT
    ai21: ProviderOptionsAi21 | None = ABSENT
    aion_labs: ProviderOptionsAionLabs | None = ABSENT
    akashml: ProviderOptionsAkashml | None = ABSENT
    alibaba: ProviderOptionsAlibaba | None = ABSENT
    amazon_bedrock: ProviderOptionsAmazonBedrock | None = ABSENT
    amazon_bedrockclaude_on_aws: ProviderOptionsAmazonBedrockclaudeOnAws | None = ABSENT
    amazon_nova: ProviderOptionsAmazonNova | None = ABSENT
    ambient: ProviderOptionsAmbient | None = ABSENT
    anthropic: ProviderOptionsAnthropic | None = ABSENT
    anthropic2: ProviderOptionsAnthropic2 | None = ABSENT
    anyscale: ProviderOptionsAnyscale | None = ABSENT
    arcee_ai: ProviderOptionsArceeAi | None = ABSENT
    atlas_cloud: ProviderOptionsAtlasCloud | None = ABSENT
    atoma: ProviderOptionsAtoma | None = ABSENT
    avian: ProviderOptionsAvian | None = ABSENT
    azure: ProviderOptionsAzure | None = ABSENT
    baidu: ProviderOptionsBaidu | None = ABSENT
    baseten: ProviderOptionsBaseten | None = ABSENT
    black_forest_labs: ProviderOptionsBlackForestLabs | None = ABSENT
    byteplus: ProviderOptionsByteplus | None = ABSENT
    centml: ProviderOptionsCentml | None = ABSENT
    cerebras: ProviderOptionsCerebras | None = ABSENT
    chutes: ProviderOptionsChutes | None = ABSENT
    cirrascale: ProviderOptionsCirrascale | None = ABSENT
    clarifai: ProviderOptionsClarifai | None = ABSENT
    claude_on_aws: ProviderOptionsClaudeOnAws | None = ABSENT
    cloudflare: ProviderOptionsCloudflare | None = ABSENT
    cohere: ProviderOptionsCohere | None = ABSENT
    coreweave: ProviderOptionsCoreweave | None = ABSENT
    crofai: ProviderOptionsCrofai | None = ABSENT
    crucible: ProviderOptionsCrucible | None = ABSENT
    crusoe: ProviderOptionsCrusoe | None = ABSENT
    darkbloom: ProviderOptionsDarkbloom | None = ABSENT
    databricks: ProviderOptionsDatabricks | None = ABSENT
    decart: ProviderOptionsDecart | None = ABSENT
    deepgram: ProviderOptionsDeepgram | None = ABSENT
    deepinfra: ProviderOptionsDeepinfra | None = ABSENT
    deepseek: ProviderOptionsDeepseek | None = ABSENT
    dekallm: ProviderOptionsDekallm | None = ABSENT
    digitalocean: ProviderOptionsDigitalocean | None = ABSENT
    enfer: ProviderOptionsEnfer | None = ABSENT
    fake_provider: ProviderOptionsFakeProvider | None = ABSENT
    featherless: ProviderOptionsFeatherless | None = ABSENT
    fireworks: ProviderOptionsFireworks | None = ABSENT
    fish_audio: ProviderOptionsFishAudio | None = ABSENT
    friendli: ProviderOptionsFriendli | None = ABSENT
    gmicloud: ProviderOptionsGmicloud | None = ABSENT
    google_ai_studio: ProviderOptionsGoogleAiStudio | None = ABSENT
    google_vertex: ProviderOptionsGoogleVertex | None = ABSENT
    gopomelo: ProviderOptionsGopomelo | None = ABSENT
    groq: ProviderOptionsGroq | None = ABSENT
    heygen: ProviderOptionsHeygen | None = ABSENT
    huggingface: ProviderOptionsHuggingface | None = ABSENT
    hyperbolic: ProviderOptionsHyperbolic | None = ABSENT
    hyperbolic_quantized: ProviderOptionsHyperbolicQuantized | None = ABSENT
    inception: ProviderOptionsInception | None = ABSENT
    inceptron: ProviderOptionsInceptron | None = ABSENT
    inferact_vllm: ProviderOptionsInferactVllm | None = ABSENT
    inference_net: ProviderOptionsInferenceNet | None = ABSENT
    infermatic: ProviderOptionsInfermatic | None = ABSENT
    inflection: ProviderOptionsInflection | None = ABSENT
    inocloud: ProviderOptionsInocloud | None = ABSENT
    io_net: ProviderOptionsIoNet | None = ABSENT
    ionstream: ProviderOptionsIonstream | None = ABSENT
    klusterai: ProviderOptionsKlusterai | None = ABSENT
    krea: ProviderOptionsKrea | None = ABSENT
    lambda_: ProviderOptionsLambda | None = ABSENT
    lepton: ProviderOptionsLepton | None = ABSENT
    liquid: ProviderOptionsLiquid | None = ABSENT
    lynn: ProviderOptionsLynn | None = ABSENT
    lynn_private: ProviderOptionsLynnPrivate | None = ABSENT
    makora: ProviderOptionsMakora | None = ABSENT
    mancer: ProviderOptionsMancer | None = ABSENT
    mancer_old: ProviderOptionsMancerOld | None = ABSENT
    mara: ProviderOptionsMara | None = ABSENT
    meta: ProviderOptionsMeta | None = ABSENT
    minimax: ProviderOptionsMinimax | None = ABSENT
    mistral: ProviderOptionsMistral | None = ABSENT
    modal: ProviderOptionsModal | None = ABSENT
    modelrun: ProviderOptionsModelrun | None = ABSENT
    modular: ProviderOptionsModular | None = ABSENT
    moonshotai: ProviderOptionsMoonshotai | None = ABSENT
    morph: ProviderOptionsMorph | None = ABSENT
    ncompass: ProviderOptionsNcompass | None = ABSENT
    nebius: ProviderOptionsNebius | None = ABSENT
    nex_agi: ProviderOptionsNexAgi | None = ABSENT
    nextbit: ProviderOptionsNextbit | None = ABSENT
    nineteen: ProviderOptionsNineteen | None = ABSENT
    novita: ProviderOptionsNovita | None = ABSENT
    nvidia: ProviderOptionsNvidia | None = ABSENT
    octoai: ProviderOptionsOctoai | None = ABSENT
    open_inference: ProviderOptionsOpenInference | None = ABSENT
    openai: ProviderOptionsOpenai | None = ABSENT
    parasail: ProviderOptionsParasail | None = ABSENT
    perceptron: ProviderOptionsPerceptron | None = ABSENT
    perplexity: ProviderOptionsPerplexity | None = ABSENT
    phala: ProviderOptionsPhala | None = ABSENT
    poolside: ProviderOptionsPoolside | None = ABSENT
    quiver: ProviderOptionsQuiver | None = ABSENT
    recraft: ProviderOptionsRecraft | None = ABSENT
    recursal: ProviderOptionsRecursal | None = ABSENT
    reflection: ProviderOptionsReflection | None = ABSENT
    reka: ProviderOptionsReka | None = ABSENT
    relace: ProviderOptionsRelace | None = ABSENT
    replicate: ProviderOptionsReplicate | None = ABSENT
    runway: ProviderOptionsRunway | None = ABSENT
    sail_research: ProviderOptionsSailResearch | None = ABSENT
    sakana: ProviderOptionsSakana | None = ABSENT
    sakana_ai: ProviderOptionsSakanaAi | None = ABSENT
    sambanova: ProviderOptionsSambanova | None = ABSENT
    sambanova_cloaked: ProviderOptionsSambanovaCloaked | None = ABSENT
    seed: ProviderOptionsSeed | None = ABSENT
    sf_compute: ProviderOptionsSfCompute | None = ABSENT
    siliconflow: ProviderOptionsSiliconflow | None = ABSENT
    sourceful: ProviderOptionsSourceful | None = ABSENT
    stealth: ProviderOptionsStealth | None = ABSENT
    stepfun: ProviderOptionsStepfun | None = ABSENT
    streamlake: ProviderOptionsStreamlake | None = ABSENT
    switchpoint: ProviderOptionsSwitchpoint | None = ABSENT
    targon: ProviderOptionsTargon | None = ABSENT
    tencent: ProviderOptionsTencent | None = ABSENT
    tenstorrent: ProviderOptionsTenstorrent | None = ABSENT
    thinkingmachines: ProviderOptionsThinkingmachines | None = ABSENT
    together: ProviderOptionsTogether | None = ABSENT
    together_lite: ProviderOptionsTogetherLite | None = ABSENT
    ubicloud: ProviderOptionsUbicloud | None = ABSENT
    upstage: ProviderOptionsUpstage | None = ABSENT
    venice: ProviderOptionsVenice | None = ABSENT
    voyageai: ProviderOptionsVoyageai | None = ABSENT
    wafer: ProviderOptionsWafer | None = ABSENT
    wandb: ProviderOptionsWandb | None = ABSENT
    wandb_legacy: ProviderOptionsWandbLegacy | None = ABSENT
    xai: ProviderOptionsXai | None = ABSENT
    xiaomi: ProviderOptionsXiaomi | None = ABSENT
    z_ai: ProviderOptionsZAi | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("field_01ai", "01ai"),
        ("ai21", "ai21"),
        ("aion_labs", "aion-labs"),
        ("akashml", "akashml"),
        ("alibaba", "alibaba"),
        ("amazon_bedrock", "amazon-bedrock"),
        ("amazon_bedrockclaude_on_aws", "amazon-bedrock/claude-on-aws"),
        ("amazon_nova", "amazon-nova"),
        ("ambient", "ambient"),
        ("anthropic", "anthropic"),
        ("anthropic2", "anthropic/2"),
        ("anyscale", "anyscale"),
        ("arcee_ai", "arcee-ai"),
        ("atlas_cloud", "atlas-cloud"),
        ("atoma", "atoma"),
        ("avian", "avian"),
        ("azure", "azure"),
        ("baidu", "baidu"),
        ("baseten", "baseten"),
        ("black_forest_labs", "black-forest-labs"),
        ("byteplus", "byteplus"),
        ("centml", "centml"),
        ("cerebras", "cerebras"),
        ("chutes", "chutes"),
        ("cirrascale", "cirrascale"),
        ("clarifai", "clarifai"),
        ("claude_on_aws", "claude-on-aws"),
        ("cloudflare", "cloudflare"),
        ("cohere", "cohere"),
        ("coreweave", "coreweave"),
        ("crofai", "crofai"),
        ("crucible", "crucible"),
        ("crusoe", "crusoe"),
        ("darkbloom", "darkbloom"),
        ("databricks", "databricks"),
        ("decart", "decart"),
        ("deepgram", "deepgram"),
        ("deepinfra", "deepinfra"),
        ("deepseek", "deepseek"),
        ("dekallm", "dekallm"),
        ("digitalocean", "digitalocean"),
        ("enfer", "enfer"),
        ("fake_provider", "fake-provider"),
        ("featherless", "featherless"),
        ("fireworks", "fireworks"),
        ("fish_audio", "fish-audio"),
        ("friendli", "friendli"),
        ("gmicloud", "gmicloud"),
        ("google_ai_studio", "google-ai-studio"),
        ("google_vertex", "google-vertex"),
        ("gopomelo", "gopomelo"),
        ("groq", "groq"),
        ("heygen", "heygen"),
        ("huggingface", "huggingface"),
        ("hyperbolic", "hyperbolic"),
        ("hyperbolic_quantized", "hyperbolic-quantized"),
        ("inception", "inception"),
        ("inceptron", "inceptron"),
        ("inferact_vllm", "inferact-vllm"),
        ("inference_net", "inference-net"),
        ("infermatic", "infermatic"),
        ("inflection", "inflection"),
        ("inocloud", "inocloud"),
        ("io_net", "io-net"),
        ("ionstream", "ionstream"),
        ("klusterai", "klusterai"),
        ("krea", "krea"),
        ("lambda_", "lambda"),
        ("lepton", "lepton"),
        ("liquid", "liquid"),
        ("lynn", "lynn"),
        ("lynn_private", "lynn-private"),
        ("makora", "makora"),
        ("mancer", "mancer"),
        ("mancer_old", "mancer-old"),
        ("mara", "mara"),
        ("meta", "meta"),
        ("minimax", "minimax"),
        ("mistral", "mistral"),
        ("modal", "modal"),
        ("modelrun", "modelrun"),
        ("modular", "modular"),
        ("moonshotai", "moonshotai"),
        ("morph", "morph"),
        ("ncompass", "ncompass"),
        ("nebius", "nebius"),
        ("nex_agi", "nex-agi"),
        ("nextbit", "nextbit"),
        ("nineteen", "nineteen"),
        ("novita", "novita"),
        ("nvidia", "nvidia"),
        ("octoai", "octoai"),
        ("open_inference", "open-inference"),
        ("openai", "openai"),
        ("parasail", "parasail"),
        ("perceptron", "perceptron"),
        ("perplexity", "perplexity"),
        ("phala", "phala"),
        ("poolside", "poolside"),
        ("quiver", "quiver"),
        ("recraft", "recraft"),
        ("recursal", "recursal"),
        ("reflection", "reflection"),
        ("reka", "reka"),
        ("relace", "relace"),
        ("replicate", "replicate"),
        ("runway", "runway"),
        ("sail_research", "sail-research"),
        ("sakana", "sakana"),
        ("sakana_ai", "sakana-ai"),
        ("sambanova", "sambanova"),
        ("sambanova_cloaked", "sambanova-cloaked"),
        ("seed", "seed"),
        ("sf_compute", "sf-compute"),
        ("siliconflow", "siliconflow"),
        ("sourceful", "sourceful"),
        ("stealth", "stealth"),
        ("stepfun", "stepfun"),
        ("streamlake", "streamlake"),
        ("switchpoint", "switchpoint"),
        ("targon", "targon"),
        ("tencent", "tencent"),
        ("tenstorrent", "tenstorrent"),
        ("thinkingmachines", "thinkingmachines"),
        ("together", "together"),
        ("together_lite", "together-lite"),
        ("ubicloud", "ubicloud"),
        ("upstage", "upstage"),
        ("venice", "venice"),
        ("voyageai", "voyageai"),
        ("wafer", "wafer"),
        ("wandb", "wandb"),
        ("wandb_legacy", "wandb-legacy"),
        ("xai", "xai"),
        ("xiaomi", "xiaomi"),
        ("z_ai", "z-ai"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.provider_options_01_ai import ProviderOptions01Ai
        from ..models.provider_options_ai_21 import ProviderOptionsAi21
        from ..models.provider_options_aion_labs import ProviderOptionsAionLabs
        from ..models.provider_options_akashml import ProviderOptionsAkashml
        from ..models.provider_options_alibaba import ProviderOptionsAlibaba
        from ..models.provider_options_amazon_bedrock import (
            ProviderOptionsAmazonBedrock,
        )
        from ..models.provider_options_amazon_bedrockclaude_on_aws import (
            ProviderOptionsAmazonBedrockclaudeOnAws,
        )
        from ..models.provider_options_amazon_nova import ProviderOptionsAmazonNova
        from ..models.provider_options_ambient import ProviderOptionsAmbient
        from ..models.provider_options_anthropic import ProviderOptionsAnthropic
        from ..models.provider_options_anthropic_2 import ProviderOptionsAnthropic2
        from ..models.provider_options_anyscale import ProviderOptionsAnyscale
        from ..models.provider_options_arcee_ai import ProviderOptionsArceeAi
        from ..models.provider_options_atlas_cloud import ProviderOptionsAtlasCloud
        from ..models.provider_options_atoma import ProviderOptionsAtoma
        from ..models.provider_options_avian import ProviderOptionsAvian
        from ..models.provider_options_azure import ProviderOptionsAzure
        from ..models.provider_options_baidu import ProviderOptionsBaidu
        from ..models.provider_options_baseten import ProviderOptionsBaseten
        from ..models.provider_options_black_forest_labs import (
            ProviderOptionsBlackForestLabs,
        )
        from ..models.provider_options_byteplus import ProviderOptionsByteplus
        from ..models.provider_options_centml import ProviderOptionsCentml
        from ..models.provider_options_cerebras import ProviderOptionsCerebras
        from ..models.provider_options_chutes import ProviderOptionsChutes
        from ..models.provider_options_cirrascale import ProviderOptionsCirrascale
        from ..models.provider_options_clarifai import ProviderOptionsClarifai
        from ..models.provider_options_claude_on_aws import ProviderOptionsClaudeOnAws
        from ..models.provider_options_cloudflare import ProviderOptionsCloudflare
        from ..models.provider_options_cohere import ProviderOptionsCohere
        from ..models.provider_options_coreweave import ProviderOptionsCoreweave
        from ..models.provider_options_crofai import ProviderOptionsCrofai
        from ..models.provider_options_crucible import ProviderOptionsCrucible
        from ..models.provider_options_crusoe import ProviderOptionsCrusoe
        from ..models.provider_options_darkbloom import ProviderOptionsDarkbloom
        from ..models.provider_options_databricks import ProviderOptionsDatabricks
        from ..models.provider_options_decart import ProviderOptionsDecart
        from ..models.provider_options_deepgram import ProviderOptionsDeepgram
        from ..models.provider_options_deepinfra import ProviderOptionsDeepinfra
        from ..models.provider_options_deepseek import ProviderOptionsDeepseek
        from ..models.provider_options_dekallm import ProviderOptionsDekallm
        from ..models.provider_options_digitalocean import ProviderOptionsDigitalocean
        from ..models.provider_options_enfer import ProviderOptionsEnfer
        from ..models.provider_options_fake_provider import ProviderOptionsFakeProvider
        from ..models.provider_options_featherless import ProviderOptionsFeatherless
        from ..models.provider_options_fireworks import ProviderOptionsFireworks
        from ..models.provider_options_fish_audio import ProviderOptionsFishAudio
        from ..models.provider_options_friendli import ProviderOptionsFriendli
        from ..models.provider_options_gmicloud import ProviderOptionsGmicloud
        from ..models.provider_options_google_ai_studio import (
            ProviderOptionsGoogleAiStudio,
        )
        from ..models.provider_options_google_vertex import ProviderOptionsGoogleVertex
        from ..models.provider_options_gopomelo import ProviderOptionsGopomelo
        from ..models.provider_options_groq import ProviderOptionsGroq
        from ..models.provider_options_heygen import ProviderOptionsHeygen
        from ..models.provider_options_huggingface import ProviderOptionsHuggingface
        from ..models.provider_options_hyperbolic import ProviderOptionsHyperbolic
        from ..models.provider_options_hyperbolic_quantized import (
            ProviderOptionsHyperbolicQuantized,
        )
        from ..models.provider_options_inception import ProviderOptionsInception
        from ..models.provider_options_inceptron import ProviderOptionsInceptron
        from ..models.provider_options_inferact_vllm import ProviderOptionsInferactVllm
        from ..models.provider_options_inference_net import ProviderOptionsInferenceNet
        from ..models.provider_options_infermatic import ProviderOptionsInfermatic
        from ..models.provider_options_inflection import ProviderOptionsInflection
        from ..models.provider_options_inocloud import ProviderOptionsInocloud
        from ..models.provider_options_io_net import ProviderOptionsIoNet
        from ..models.provider_options_ionstream import ProviderOptionsIonstream
        from ..models.provider_options_klusterai import ProviderOptionsKlusterai
        from ..models.provider_options_krea import ProviderOptionsKrea
        from ..models.provider_options_lambda import ProviderOptionsLambda
        from ..models.provider_options_lepton import ProviderOptionsLepton
        from ..models.provider_options_liquid import ProviderOptionsLiquid
        from ..models.provider_options_lynn import ProviderOptionsLynn
        from ..models.provider_options_lynn_private import ProviderOptionsLynnPrivate
        from ..models.provider_options_makora import ProviderOptionsMakora
        from ..models.provider_options_mancer import ProviderOptionsMancer
        from ..models.provider_options_mancer_old import ProviderOptionsMancerOld
        from ..models.provider_options_mara import ProviderOptionsMara
        from ..models.provider_options_meta import ProviderOptionsMeta
        from ..models.provider_options_minimax import ProviderOptionsMinimax
        from ..models.provider_options_mistral import ProviderOptionsMistral
        from ..models.provider_options_modal import ProviderOptionsModal
        from ..models.provider_options_modelrun import ProviderOptionsModelrun
        from ..models.provider_options_modular import ProviderOptionsModular
        from ..models.provider_options_moonshotai import ProviderOptionsMoonshotai
        from ..models.provider_options_morph import ProviderOptionsMorph
        from ..models.provider_options_ncompass import ProviderOptionsNcompass
        from ..models.provider_options_nebius import ProviderOptionsNebius
        from ..models.provider_options_nex_agi import ProviderOptionsNexAgi
        from ..models.provider_options_nextbit import ProviderOptionsNextbit
        from ..models.provider_options_nineteen import ProviderOptionsNineteen
        from ..models.provider_options_novita import ProviderOptionsNovita
        from ..models.provider_options_nvidia import ProviderOptionsNvidia
        from ..models.provider_options_octoai import ProviderOptionsOctoai
        from ..models.provider_options_open_inference import (
            ProviderOptionsOpenInference,
        )
        from ..models.provider_options_openai import ProviderOptionsOpenai
        from ..models.provider_options_parasail import ProviderOptionsParasail
        from ..models.provider_options_perceptron import ProviderOptionsPerceptron
        from ..models.provider_options_perplexity import ProviderOptionsPerplexity
        from ..models.provider_options_phala import ProviderOptionsPhala
        from ..models.provider_options_poolside import ProviderOptionsPoolside
        from ..models.provider_options_quiver import ProviderOptionsQuiver
        from ..models.provider_options_recraft import ProviderOptionsRecraft
        from ..models.provider_options_recursal import ProviderOptionsRecursal
        from ..models.provider_options_reflection import ProviderOptionsReflection
        from ..models.provider_options_reka import ProviderOptionsReka
        from ..models.provider_options_relace import ProviderOptionsRelace
        from ..models.provider_options_replicate import ProviderOptionsReplicate
        from ..models.provider_options_runway import ProviderOptionsRunway
        from ..models.provider_options_sail_research import ProviderOptionsSailResearch
        from ..models.provider_options_sakana import ProviderOptionsSakana
        from ..models.provider_options_sakana_ai import ProviderOptionsSakanaAi
        from ..models.provider_options_sambanova import ProviderOptionsSambanova
        from ..models.provider_options_sambanova_cloaked import (
            ProviderOptionsSambanovaCloaked,
        )
        from ..models.provider_options_seed import ProviderOptionsSeed
        from ..models.provider_options_sf_compute import ProviderOptionsSfCompute
        from ..models.provider_options_siliconflow import ProviderOptionsSiliconflow
        from ..models.provider_options_sourceful import ProviderOptionsSourceful
        from ..models.provider_options_stealth import ProviderOptionsStealth
        from ..models.provider_options_stepfun import ProviderOptionsStepfun
        from ..models.provider_options_streamlake import ProviderOptionsStreamlake
        from ..models.provider_options_switchpoint import ProviderOptionsSwitchpoint
        from ..models.provider_options_targon import ProviderOptionsTargon
        from ..models.provider_options_tencent import ProviderOptionsTencent
        from ..models.provider_options_tenstorrent import ProviderOptionsTenstorrent
        from ..models.provider_options_thinkingmachines import (
            ProviderOptionsThinkingmachines,
        )
        from ..models.provider_options_together import ProviderOptionsTogether
        from ..models.provider_options_together_lite import ProviderOptionsTogetherLite
        from ..models.provider_options_ubicloud import ProviderOptionsUbicloud
        from ..models.provider_options_upstage import ProviderOptionsUpstage
        from ..models.provider_options_venice import ProviderOptionsVenice
        from ..models.provider_options_voyageai import ProviderOptionsVoyageai
        from ..models.provider_options_wafer import ProviderOptionsWafer
        from ..models.provider_options_wandb import ProviderOptionsWandb
        from ..models.provider_options_wandb_legacy import ProviderOptionsWandbLegacy
        from ..models.provider_options_xai import ProviderOptionsXai
        from ..models.provider_options_xiaomi import ProviderOptionsXiaomi
        from ..models.provider_options_z_ai import ProviderOptionsZAi

        def field_01ai_(raw__: Any) -> Any:
            field_01ai = ProviderOptions01Ai.from_dict(raw__)

            return field_01ai

        def ai21_(raw__: Any) -> Any:
            ai21 = ProviderOptionsAi21.from_dict(raw__)

            return ai21

        def aion_labs_(raw__: Any) -> Any:
            aion_labs = ProviderOptionsAionLabs.from_dict(raw__)

            return aion_labs

        def akashml_(raw__: Any) -> Any:
            akashml = ProviderOptionsAkashml.from_dict(raw__)

            return akashml

        def alibaba_(raw__: Any) -> Any:
            alibaba = ProviderOptionsAlibaba.from_dict(raw__)

            return alibaba

        def amazon_bedrock_(raw__: Any) -> Any:
            amazon_bedrock = ProviderOptionsAmazonBedrock.from_dict(raw__)

            return amazon_bedrock

        def amazon_bedrockclaude_on_aws_(raw__: Any) -> Any:
            amazon_bedrockclaude_on_aws = (
                ProviderOptionsAmazonBedrockclaudeOnAws.from_dict(raw__)
            )

            return amazon_bedrockclaude_on_aws

        def amazon_nova_(raw__: Any) -> Any:
            amazon_nova = ProviderOptionsAmazonNova.from_dict(raw__)

            return amazon_nova

        def ambient_(raw__: Any) -> Any:
            ambient = ProviderOptionsAmbient.from_dict(raw__)

            return ambient

        def anthropic_(raw__: Any) -> Any:
            anthropic = ProviderOptionsAnthropic.from_dict(raw__)

            return anthropic

        def anthropic2_(raw__: Any) -> Any:
            anthropic2 = ProviderOptionsAnthropic2.from_dict(raw__)

            return anthropic2

        def anyscale_(raw__: Any) -> Any:
            anyscale = ProviderOptionsAnyscale.from_dict(raw__)

            return anyscale

        def arcee_ai_(raw__: Any) -> Any:
            arcee_ai = ProviderOptionsArceeAi.from_dict(raw__)

            return arcee_ai

        def atlas_cloud_(raw__: Any) -> Any:
            atlas_cloud = ProviderOptionsAtlasCloud.from_dict(raw__)

            return atlas_cloud

        def atoma_(raw__: Any) -> Any:
            atoma = ProviderOptionsAtoma.from_dict(raw__)

            return atoma

        def avian_(raw__: Any) -> Any:
            avian = ProviderOptionsAvian.from_dict(raw__)

            return avian

        def azure_(raw__: Any) -> Any:
            azure = ProviderOptionsAzure.from_dict(raw__)

            return azure

        def baidu_(raw__: Any) -> Any:
            baidu = ProviderOptionsBaidu.from_dict(raw__)

            return baidu

        def baseten_(raw__: Any) -> Any:
            baseten = ProviderOptionsBaseten.from_dict(raw__)

            return baseten

        def black_forest_labs_(raw__: Any) -> Any:
            black_forest_labs = ProviderOptionsBlackForestLabs.from_dict(raw__)

            return black_forest_labs

        def byteplus_(raw__: Any) -> Any:
            byteplus = ProviderOptionsByteplus.from_dict(raw__)

            return byteplus

        def centml_(raw__: Any) -> Any:
            centml = ProviderOptionsCentml.from_dict(raw__)

            return centml

        def cerebras_(raw__: Any) -> Any:
            cerebras = ProviderOptionsCerebras.from_dict(raw__)

            return cerebras

        def chutes_(raw__: Any) -> Any:
            chutes = ProviderOptionsChutes.from_dict(raw__)

            return chutes

        def cirrascale_(raw__: Any) -> Any:
            cirrascale = ProviderOptionsCirrascale.from_dict(raw__)

            return cirrascale

        def clarifai_(raw__: Any) -> Any:
            clarifai = ProviderOptionsClarifai.from_dict(raw__)

            return clarifai

        def claude_on_aws_(raw__: Any) -> Any:
            claude_on_aws = ProviderOptionsClaudeOnAws.from_dict(raw__)

            return claude_on_aws

        def cloudflare_(raw__: Any) -> Any:
            cloudflare = ProviderOptionsCloudflare.from_dict(raw__)

            return cloudflare

        def cohere_(raw__: Any) -> Any:
            cohere = ProviderOptionsCohere.from_dict(raw__)

            return cohere

        def coreweave_(raw__: Any) -> Any:
            coreweave = ProviderOptionsCoreweave.from_dict(raw__)

            return coreweave

        def crofai_(raw__: Any) -> Any:
            crofai = ProviderOptionsCrofai.from_dict(raw__)

            return crofai

        def crucible_(raw__: Any) -> Any:
            crucible = ProviderOptionsCrucible.from_dict(raw__)

            return crucible

        def crusoe_(raw__: Any) -> Any:
            crusoe = ProviderOptionsCrusoe.from_dict(raw__)

            return crusoe

        def darkbloom_(raw__: Any) -> Any:
            darkbloom = ProviderOptionsDarkbloom.from_dict(raw__)

            return darkbloom

        def databricks_(raw__: Any) -> Any:
            databricks = ProviderOptionsDatabricks.from_dict(raw__)

            return databricks

        def decart_(raw__: Any) -> Any:
            decart = ProviderOptionsDecart.from_dict(raw__)

            return decart

        def deepgram_(raw__: Any) -> Any:
            deepgram = ProviderOptionsDeepgram.from_dict(raw__)

            return deepgram

        def deepinfra_(raw__: Any) -> Any:
            deepinfra = ProviderOptionsDeepinfra.from_dict(raw__)

            return deepinfra

        def deepseek_(raw__: Any) -> Any:
            deepseek = ProviderOptionsDeepseek.from_dict(raw__)

            return deepseek

        def dekallm_(raw__: Any) -> Any:
            dekallm = ProviderOptionsDekallm.from_dict(raw__)

            return dekallm

        def digitalocean_(raw__: Any) -> Any:
            digitalocean = ProviderOptionsDigitalocean.from_dict(raw__)

            return digitalocean

        def enfer_(raw__: Any) -> Any:
            enfer = ProviderOptionsEnfer.from_dict(raw__)

            return enfer

        def fake_provider_(raw__: Any) -> Any:
            fake_provider = ProviderOptionsFakeProvider.from_dict(raw__)

            return fake_provider

        def featherless_(raw__: Any) -> Any:
            featherless = ProviderOptionsFeatherless.from_dict(raw__)

            return featherless

        def fireworks_(raw__: Any) -> Any:
            fireworks = ProviderOptionsFireworks.from_dict(raw__)

            return fireworks

        def fish_audio_(raw__: Any) -> Any:
            fish_audio = ProviderOptionsFishAudio.from_dict(raw__)

            return fish_audio

        def friendli_(raw__: Any) -> Any:
            friendli = ProviderOptionsFriendli.from_dict(raw__)

            return friendli

        def gmicloud_(raw__: Any) -> Any:
            gmicloud = ProviderOptionsGmicloud.from_dict(raw__)

            return gmicloud

        def google_ai_studio_(raw__: Any) -> Any:
            google_ai_studio = ProviderOptionsGoogleAiStudio.from_dict(raw__)

            return google_ai_studio

        def google_vertex_(raw__: Any) -> Any:
            google_vertex = ProviderOptionsGoogleVertex.from_dict(raw__)

            return google_vertex

        def gopomelo_(raw__: Any) -> Any:
            gopomelo = ProviderOptionsGopomelo.from_dict(raw__)

            return gopomelo

        def groq_(raw__: Any) -> Any:
            groq = ProviderOptionsGroq.from_dict(raw__)

            return groq

        def heygen_(raw__: Any) -> Any:
            heygen = ProviderOptionsHeygen.from_dict(raw__)

            return heygen

        def huggingface_(raw__: Any) -> Any:
            huggingface = ProviderOptionsHuggingface.from_dict(raw__)

            return huggingface

        def hyperbolic_(raw__: Any) -> Any:
            hyperbolic = ProviderOptionsHyperbolic.from_dict(raw__)

            return hyperbolic

        def hyperbolic_quantized_(raw__: Any) -> Any:
            hyperbolic_quantized = ProviderOptionsHyperbolicQuantized.from_dict(raw__)

            return hyperbolic_quantized

        def inception_(raw__: Any) -> Any:
            inception = ProviderOptionsInception.from_dict(raw__)

            return inception

        def inceptron_(raw__: Any) -> Any:
            inceptron = ProviderOptionsInceptron.from_dict(raw__)

            return inceptron

        def inferact_vllm_(raw__: Any) -> Any:
            inferact_vllm = ProviderOptionsInferactVllm.from_dict(raw__)

            return inferact_vllm

        def inference_net_(raw__: Any) -> Any:
            inference_net = ProviderOptionsInferenceNet.from_dict(raw__)

            return inference_net

        def infermatic_(raw__: Any) -> Any:
            infermatic = ProviderOptionsInfermatic.from_dict(raw__)

            return infermatic

        def inflection_(raw__: Any) -> Any:
            inflection = ProviderOptionsInflection.from_dict(raw__)

            return inflection

        def inocloud_(raw__: Any) -> Any:
            inocloud = ProviderOptionsInocloud.from_dict(raw__)

            return inocloud

        def io_net_(raw__: Any) -> Any:
            io_net = ProviderOptionsIoNet.from_dict(raw__)

            return io_net

        def ionstream_(raw__: Any) -> Any:
            ionstream = ProviderOptionsIonstream.from_dict(raw__)

            return ionstream

        def klusterai_(raw__: Any) -> Any:
            klusterai = ProviderOptionsKlusterai.from_dict(raw__)

            return klusterai

        def krea_(raw__: Any) -> Any:
            krea = ProviderOptionsKrea.from_dict(raw__)

            return krea

        def lambda__(raw__: Any) -> Any:
            lambda_ = ProviderOptionsLambda.from_dict(raw__)

            return lambda_

        def lepton_(raw__: Any) -> Any:
            lepton = ProviderOptionsLepton.from_dict(raw__)

            return lepton

        def liquid_(raw__: Any) -> Any:
            liquid = ProviderOptionsLiquid.from_dict(raw__)

            return liquid

        def lynn_(raw__: Any) -> Any:
            lynn = ProviderOptionsLynn.from_dict(raw__)

            return lynn

        def lynn_private_(raw__: Any) -> Any:
            lynn_private = ProviderOptionsLynnPrivate.from_dict(raw__)

            return lynn_private

        def makora_(raw__: Any) -> Any:
            makora = ProviderOptionsMakora.from_dict(raw__)

            return makora

        def mancer_(raw__: Any) -> Any:
            mancer = ProviderOptionsMancer.from_dict(raw__)

            return mancer

        def mancer_old_(raw__: Any) -> Any:
            mancer_old = ProviderOptionsMancerOld.from_dict(raw__)

            return mancer_old

        def mara_(raw__: Any) -> Any:
            mara = ProviderOptionsMara.from_dict(raw__)

            return mara

        def meta_(raw__: Any) -> Any:
            meta = ProviderOptionsMeta.from_dict(raw__)

            return meta

        def minimax_(raw__: Any) -> Any:
            minimax = ProviderOptionsMinimax.from_dict(raw__)

            return minimax

        def mistral_(raw__: Any) -> Any:
            mistral = ProviderOptionsMistral.from_dict(raw__)

            return mistral

        def modal_(raw__: Any) -> Any:
            modal = ProviderOptionsModal.from_dict(raw__)

            return modal

        def modelrun_(raw__: Any) -> Any:
            modelrun = ProviderOptionsModelrun.from_dict(raw__)

            return modelrun

        def modular_(raw__: Any) -> Any:
            modular = ProviderOptionsModular.from_dict(raw__)

            return modular

        def moonshotai_(raw__: Any) -> Any:
            moonshotai = ProviderOptionsMoonshotai.from_dict(raw__)

            return moonshotai

        def morph_(raw__: Any) -> Any:
            morph = ProviderOptionsMorph.from_dict(raw__)

            return morph

        def ncompass_(raw__: Any) -> Any:
            ncompass = ProviderOptionsNcompass.from_dict(raw__)

            return ncompass

        def nebius_(raw__: Any) -> Any:
            nebius = ProviderOptionsNebius.from_dict(raw__)

            return nebius

        def nex_agi_(raw__: Any) -> Any:
            nex_agi = ProviderOptionsNexAgi.from_dict(raw__)

            return nex_agi

        def nextbit_(raw__: Any) -> Any:
            nextbit = ProviderOptionsNextbit.from_dict(raw__)

            return nextbit

        def nineteen_(raw__: Any) -> Any:
            nineteen = ProviderOptionsNineteen.from_dict(raw__)

            return nineteen

        def novita_(raw__: Any) -> Any:
            novita = ProviderOptionsNovita.from_dict(raw__)

            return novita

        def nvidia_(raw__: Any) -> Any:
            nvidia = ProviderOptionsNvidia.from_dict(raw__)

            return nvidia

        def octoai_(raw__: Any) -> Any:
            octoai = ProviderOptionsOctoai.from_dict(raw__)

            return octoai

        def open_inference_(raw__: Any) -> Any:
            open_inference = ProviderOptionsOpenInference.from_dict(raw__)

            return open_inference

        def openai_(raw__: Any) -> Any:
            openai = ProviderOptionsOpenai.from_dict(raw__)

            return openai

        def parasail_(raw__: Any) -> Any:
            parasail = ProviderOptionsParasail.from_dict(raw__)

            return parasail

        def perceptron_(raw__: Any) -> Any:
            perceptron = ProviderOptionsPerceptron.from_dict(raw__)

            return perceptron

        def perplexity_(raw__: Any) -> Any:
            perplexity = ProviderOptionsPerplexity.from_dict(raw__)

            return perplexity

        def phala_(raw__: Any) -> Any:
            phala = ProviderOptionsPhala.from_dict(raw__)

            return phala

        def poolside_(raw__: Any) -> Any:
            poolside = ProviderOptionsPoolside.from_dict(raw__)

            return poolside

        def quiver_(raw__: Any) -> Any:
            quiver = ProviderOptionsQuiver.from_dict(raw__)

            return quiver

        def recraft_(raw__: Any) -> Any:
            recraft = ProviderOptionsRecraft.from_dict(raw__)

            return recraft

        def recursal_(raw__: Any) -> Any:
            recursal = ProviderOptionsRecursal.from_dict(raw__)

            return recursal

        def reflection_(raw__: Any) -> Any:
            reflection = ProviderOptionsReflection.from_dict(raw__)

            return reflection

        def reka_(raw__: Any) -> Any:
            reka = ProviderOptionsReka.from_dict(raw__)

            return reka

        def relace_(raw__: Any) -> Any:
            relace = ProviderOptionsRelace.from_dict(raw__)

            return relace

        def replicate_(raw__: Any) -> Any:
            replicate = ProviderOptionsReplicate.from_dict(raw__)

            return replicate

        def runway_(raw__: Any) -> Any:
            runway = ProviderOptionsRunway.from_dict(raw__)

            return runway

        def sail_research_(raw__: Any) -> Any:
            sail_research = ProviderOptionsSailResearch.from_dict(raw__)

            return sail_research

        def sakana_(raw__: Any) -> Any:
            sakana = ProviderOptionsSakana.from_dict(raw__)

            return sakana

        def sakana_ai_(raw__: Any) -> Any:
            sakana_ai = ProviderOptionsSakanaAi.from_dict(raw__)

            return sakana_ai

        def sambanova_(raw__: Any) -> Any:
            sambanova = ProviderOptionsSambanova.from_dict(raw__)

            return sambanova

        def sambanova_cloaked_(raw__: Any) -> Any:
            sambanova_cloaked = ProviderOptionsSambanovaCloaked.from_dict(raw__)

            return sambanova_cloaked

        def seed_(raw__: Any) -> Any:
            seed = ProviderOptionsSeed.from_dict(raw__)

            return seed

        def sf_compute_(raw__: Any) -> Any:
            sf_compute = ProviderOptionsSfCompute.from_dict(raw__)

            return sf_compute

        def siliconflow_(raw__: Any) -> Any:
            siliconflow = ProviderOptionsSiliconflow.from_dict(raw__)

            return siliconflow

        def sourceful_(raw__: Any) -> Any:
            sourceful = ProviderOptionsSourceful.from_dict(raw__)

            return sourceful

        def stealth_(raw__: Any) -> Any:
            stealth = ProviderOptionsStealth.from_dict(raw__)

            return stealth

        def stepfun_(raw__: Any) -> Any:
            stepfun = ProviderOptionsStepfun.from_dict(raw__)

            return stepfun

        def streamlake_(raw__: Any) -> Any:
            streamlake = ProviderOptionsStreamlake.from_dict(raw__)

            return streamlake

        def switchpoint_(raw__: Any) -> Any:
            switchpoint = ProviderOptionsSwitchpoint.from_dict(raw__)

            return switchpoint

        def targon_(raw__: Any) -> Any:
            targon = ProviderOptionsTargon.from_dict(raw__)

            return targon

        def tencent_(raw__: Any) -> Any:
            tencent = ProviderOptionsTencent.from_dict(raw__)

            return tencent

        def tenstorrent_(raw__: Any) -> Any:
            tenstorrent = ProviderOptionsTenstorrent.from_dict(raw__)

            return tenstorrent

        def thinkingmachines_(raw__: Any) -> Any:
            thinkingmachines = ProviderOptionsThinkingmachines.from_dict(raw__)

            return thinkingmachines

        def together_(raw__: Any) -> Any:
            together = ProviderOptionsTogether.from_dict(raw__)

            return together

        def together_lite_(raw__: Any) -> Any:
            together_lite = ProviderOptionsTogetherLite.from_dict(raw__)

            return together_lite

        def ubicloud_(raw__: Any) -> Any:
            ubicloud = ProviderOptionsUbicloud.from_dict(raw__)

            return ubicloud

        def upstage_(raw__: Any) -> Any:
            upstage = ProviderOptionsUpstage.from_dict(raw__)

            return upstage

        def venice_(raw__: Any) -> Any:
            venice = ProviderOptionsVenice.from_dict(raw__)

            return venice

        def voyageai_(raw__: Any) -> Any:
            voyageai = ProviderOptionsVoyageai.from_dict(raw__)

            return voyageai

        def wafer_(raw__: Any) -> Any:
            wafer = ProviderOptionsWafer.from_dict(raw__)

            return wafer

        def wandb_(raw__: Any) -> Any:
            wandb = ProviderOptionsWandb.from_dict(raw__)

            return wandb

        def wandb_legacy_(raw__: Any) -> Any:
            wandb_legacy = ProviderOptionsWandbLegacy.from_dict(raw__)

            return wandb_legacy

        def xai_(raw__: Any) -> Any:
            xai = ProviderOptionsXai.from_dict(raw__)

            return xai

        def xiaomi_(raw__: Any) -> Any:
            xiaomi = ProviderOptionsXiaomi.from_dict(raw__)

            return xiaomi

        def z_ai_(raw__: Any) -> Any:
            z_ai = ProviderOptionsZAi.from_dict(raw__)

            return z_ai

        return {
            "field_01ai": field_01ai_,
            "ai21": ai21_,
            "aion_labs": aion_labs_,
            "akashml": akashml_,
            "alibaba": alibaba_,
            "amazon_bedrock": amazon_bedrock_,
            "amazon_bedrockclaude_on_aws": amazon_bedrockclaude_on_aws_,
            "amazon_nova": amazon_nova_,
            "ambient": ambient_,
            "anthropic": anthropic_,
            "anthropic2": anthropic2_,
            "anyscale": anyscale_,
            "arcee_ai": arcee_ai_,
            "atlas_cloud": atlas_cloud_,
            "atoma": atoma_,
            "avian": avian_,
            "azure": azure_,
            "baidu": baidu_,
            "baseten": baseten_,
            "black_forest_labs": black_forest_labs_,
            "byteplus": byteplus_,
            "centml": centml_,
            "cerebras": cerebras_,
            "chutes": chutes_,
            "cirrascale": cirrascale_,
            "clarifai": clarifai_,
            "claude_on_aws": claude_on_aws_,
            "cloudflare": cloudflare_,
            "cohere": cohere_,
            "coreweave": coreweave_,
            "crofai": crofai_,
            "crucible": crucible_,
            "crusoe": crusoe_,
            "darkbloom": darkbloom_,
            "databricks": databricks_,
            "decart": decart_,
            "deepgram": deepgram_,
            "deepinfra": deepinfra_,
            "deepseek": deepseek_,
            "dekallm": dekallm_,
            "digitalocean": digitalocean_,
            "enfer": enfer_,
            "fake_provider": fake_provider_,
            "featherless": featherless_,
            "fireworks": fireworks_,
            "fish_audio": fish_audio_,
            "friendli": friendli_,
            "gmicloud": gmicloud_,
            "google_ai_studio": google_ai_studio_,
            "google_vertex": google_vertex_,
            "gopomelo": gopomelo_,
            "groq": groq_,
            "heygen": heygen_,
            "huggingface": huggingface_,
            "hyperbolic": hyperbolic_,
            "hyperbolic_quantized": hyperbolic_quantized_,
            "inception": inception_,
            "inceptron": inceptron_,
            "inferact_vllm": inferact_vllm_,
            "inference_net": inference_net_,
            "infermatic": infermatic_,
            "inflection": inflection_,
            "inocloud": inocloud_,
            "io_net": io_net_,
            "ionstream": ionstream_,
            "klusterai": klusterai_,
            "krea": krea_,
            "lambda_": lambda__,
            "lepton": lepton_,
            "liquid": liquid_,
            "lynn": lynn_,
            "lynn_private": lynn_private_,
            "makora": makora_,
            "mancer": mancer_,
            "mancer_old": mancer_old_,
            "mara": mara_,
            "meta": meta_,
            "minimax": minimax_,
            "mistral": mistral_,
            "modal": modal_,
            "modelrun": modelrun_,
            "modular": modular_,
            "moonshotai": moonshotai_,
            "morph": morph_,
            "ncompass": ncompass_,
            "nebius": nebius_,
            "nex_agi": nex_agi_,
            "nextbit": nextbit_,
            "nineteen": nineteen_,
            "novita": novita_,
            "nvidia": nvidia_,
            "octoai": octoai_,
            "open_inference": open_inference_,
            "openai": openai_,
            "parasail": parasail_,
            "perceptron": perceptron_,
            "perplexity": perplexity_,
            "phala": phala_,
            "poolside": poolside_,
            "quiver": quiver_,
            "recraft": recraft_,
            "recursal": recursal_,
            "reflection": reflection_,
            "reka": reka_,
            "relace": relace_,
            "replicate": replicate_,
            "runway": runway_,
            "sail_research": sail_research_,
            "sakana": sakana_,
            "sakana_ai": sakana_ai_,
            "sambanova": sambanova_,
            "sambanova_cloaked": sambanova_cloaked_,
            "seed": seed_,
            "sf_compute": sf_compute_,
            "siliconflow": siliconflow_,
            "sourceful": sourceful_,
            "stealth": stealth_,
            "stepfun": stepfun_,
            "streamlake": streamlake_,
            "switchpoint": switchpoint_,
            "targon": targon_,
            "tencent": tencent_,
            "tenstorrent": tenstorrent_,
            "thinkingmachines": thinkingmachines_,
            "together": together_,
            "together_lite": together_lite_,
            "ubicloud": ubicloud_,
            "upstage": upstage_,
            "venice": venice_,
            "voyageai": voyageai_,
            "wafer": wafer_,
            "wandb": wandb_,
            "wandb_legacy": wandb_legacy_,
            "xai": xai_,
            "xiaomi": xiaomi_,
            "z_ai": z_ai_,
        }
