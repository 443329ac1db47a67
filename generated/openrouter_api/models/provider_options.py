from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, UNSET, LazyModel, Unset

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
            _field_01ai = raw__
            field_01ai: ProviderOptions01Ai | Unset
            if isinstance(_field_01ai, Unset):
                field_01ai = UNSET
            else:
                field_01ai = ProviderOptions01Ai.from_dict(_field_01ai)

            return field_01ai

        def ai21_(raw__: Any) -> Any:
            _ai21 = raw__
            ai21: ProviderOptionsAi21 | Unset
            if isinstance(_ai21, Unset):
                ai21 = UNSET
            else:
                ai21 = ProviderOptionsAi21.from_dict(_ai21)

            return ai21

        def aion_labs_(raw__: Any) -> Any:
            _aion_labs = raw__
            aion_labs: ProviderOptionsAionLabs | Unset
            if isinstance(_aion_labs, Unset):
                aion_labs = UNSET
            else:
                aion_labs = ProviderOptionsAionLabs.from_dict(_aion_labs)

            return aion_labs

        def akashml_(raw__: Any) -> Any:
            _akashml = raw__
            akashml: ProviderOptionsAkashml | Unset
            if isinstance(_akashml, Unset):
                akashml = UNSET
            else:
                akashml = ProviderOptionsAkashml.from_dict(_akashml)

            return akashml

        def alibaba_(raw__: Any) -> Any:
            _alibaba = raw__
            alibaba: ProviderOptionsAlibaba | Unset
            if isinstance(_alibaba, Unset):
                alibaba = UNSET
            else:
                alibaba = ProviderOptionsAlibaba.from_dict(_alibaba)

            return alibaba

        def amazon_bedrock_(raw__: Any) -> Any:
            _amazon_bedrock = raw__
            amazon_bedrock: ProviderOptionsAmazonBedrock | Unset
            if isinstance(_amazon_bedrock, Unset):
                amazon_bedrock = UNSET
            else:
                amazon_bedrock = ProviderOptionsAmazonBedrock.from_dict(_amazon_bedrock)

            return amazon_bedrock

        def amazon_bedrockclaude_on_aws_(raw__: Any) -> Any:
            _amazon_bedrockclaude_on_aws = raw__
            amazon_bedrockclaude_on_aws: ProviderOptionsAmazonBedrockclaudeOnAws | Unset
            if isinstance(_amazon_bedrockclaude_on_aws, Unset):
                amazon_bedrockclaude_on_aws = UNSET
            else:
                amazon_bedrockclaude_on_aws = (
                    ProviderOptionsAmazonBedrockclaudeOnAws.from_dict(
                        _amazon_bedrockclaude_on_aws
                    )
                )

            return amazon_bedrockclaude_on_aws

        def amazon_nova_(raw__: Any) -> Any:
            _amazon_nova = raw__
            amazon_nova: ProviderOptionsAmazonNova | Unset
            if isinstance(_amazon_nova, Unset):
                amazon_nova = UNSET
            else:
                amazon_nova = ProviderOptionsAmazonNova.from_dict(_amazon_nova)

            return amazon_nova

        def ambient_(raw__: Any) -> Any:
            _ambient = raw__
            ambient: ProviderOptionsAmbient | Unset
            if isinstance(_ambient, Unset):
                ambient = UNSET
            else:
                ambient = ProviderOptionsAmbient.from_dict(_ambient)

            return ambient

        def anthropic_(raw__: Any) -> Any:
            _anthropic = raw__
            anthropic: ProviderOptionsAnthropic | Unset
            if isinstance(_anthropic, Unset):
                anthropic = UNSET
            else:
                anthropic = ProviderOptionsAnthropic.from_dict(_anthropic)

            return anthropic

        def anthropic2_(raw__: Any) -> Any:
            _anthropic2 = raw__
            anthropic2: ProviderOptionsAnthropic2 | Unset
            if isinstance(_anthropic2, Unset):
                anthropic2 = UNSET
            else:
                anthropic2 = ProviderOptionsAnthropic2.from_dict(_anthropic2)

            return anthropic2

        def anyscale_(raw__: Any) -> Any:
            _anyscale = raw__
            anyscale: ProviderOptionsAnyscale | Unset
            if isinstance(_anyscale, Unset):
                anyscale = UNSET
            else:
                anyscale = ProviderOptionsAnyscale.from_dict(_anyscale)

            return anyscale

        def arcee_ai_(raw__: Any) -> Any:
            _arcee_ai = raw__
            arcee_ai: ProviderOptionsArceeAi | Unset
            if isinstance(_arcee_ai, Unset):
                arcee_ai = UNSET
            else:
                arcee_ai = ProviderOptionsArceeAi.from_dict(_arcee_ai)

            return arcee_ai

        def atlas_cloud_(raw__: Any) -> Any:
            _atlas_cloud = raw__
            atlas_cloud: ProviderOptionsAtlasCloud | Unset
            if isinstance(_atlas_cloud, Unset):
                atlas_cloud = UNSET
            else:
                atlas_cloud = ProviderOptionsAtlasCloud.from_dict(_atlas_cloud)

            return atlas_cloud

        def atoma_(raw__: Any) -> Any:
            _atoma = raw__
            atoma: ProviderOptionsAtoma | Unset
            if isinstance(_atoma, Unset):
                atoma = UNSET
            else:
                atoma = ProviderOptionsAtoma.from_dict(_atoma)

            return atoma

        def avian_(raw__: Any) -> Any:
            _avian = raw__
            avian: ProviderOptionsAvian | Unset
            if isinstance(_avian, Unset):
                avian = UNSET
            else:
                avian = ProviderOptionsAvian.from_dict(_avian)

            return avian

        def azure_(raw__: Any) -> Any:
            _azure = raw__
            azure: ProviderOptionsAzure | Unset
            if isinstance(_azure, Unset):
                azure = UNSET
            else:
                azure = ProviderOptionsAzure.from_dict(_azure)

            return azure

        def baidu_(raw__: Any) -> Any:
            _baidu = raw__
            baidu: ProviderOptionsBaidu | Unset
            if isinstance(_baidu, Unset):
                baidu = UNSET
            else:
                baidu = ProviderOptionsBaidu.from_dict(_baidu)

            return baidu

        def baseten_(raw__: Any) -> Any:
            _baseten = raw__
            baseten: ProviderOptionsBaseten | Unset
            if isinstance(_baseten, Unset):
                baseten = UNSET
            else:
                baseten = ProviderOptionsBaseten.from_dict(_baseten)

            return baseten

        def black_forest_labs_(raw__: Any) -> Any:
            _black_forest_labs = raw__
            black_forest_labs: ProviderOptionsBlackForestLabs | Unset
            if isinstance(_black_forest_labs, Unset):
                black_forest_labs = UNSET
            else:
                black_forest_labs = ProviderOptionsBlackForestLabs.from_dict(
                    _black_forest_labs
                )

            return black_forest_labs

        def byteplus_(raw__: Any) -> Any:
            _byteplus = raw__
            byteplus: ProviderOptionsByteplus | Unset
            if isinstance(_byteplus, Unset):
                byteplus = UNSET
            else:
                byteplus = ProviderOptionsByteplus.from_dict(_byteplus)

            return byteplus

        def centml_(raw__: Any) -> Any:
            _centml = raw__
            centml: ProviderOptionsCentml | Unset
            if isinstance(_centml, Unset):
                centml = UNSET
            else:
                centml = ProviderOptionsCentml.from_dict(_centml)

            return centml

        def cerebras_(raw__: Any) -> Any:
            _cerebras = raw__
            cerebras: ProviderOptionsCerebras | Unset
            if isinstance(_cerebras, Unset):
                cerebras = UNSET
            else:
                cerebras = ProviderOptionsCerebras.from_dict(_cerebras)

            return cerebras

        def chutes_(raw__: Any) -> Any:
            _chutes = raw__
            chutes: ProviderOptionsChutes | Unset
            if isinstance(_chutes, Unset):
                chutes = UNSET
            else:
                chutes = ProviderOptionsChutes.from_dict(_chutes)

            return chutes

        def cirrascale_(raw__: Any) -> Any:
            _cirrascale = raw__
            cirrascale: ProviderOptionsCirrascale | Unset
            if isinstance(_cirrascale, Unset):
                cirrascale = UNSET
            else:
                cirrascale = ProviderOptionsCirrascale.from_dict(_cirrascale)

            return cirrascale

        def clarifai_(raw__: Any) -> Any:
            _clarifai = raw__
            clarifai: ProviderOptionsClarifai | Unset
            if isinstance(_clarifai, Unset):
                clarifai = UNSET
            else:
                clarifai = ProviderOptionsClarifai.from_dict(_clarifai)

            return clarifai

        def claude_on_aws_(raw__: Any) -> Any:
            _claude_on_aws = raw__
            claude_on_aws: ProviderOptionsClaudeOnAws | Unset
            if isinstance(_claude_on_aws, Unset):
                claude_on_aws = UNSET
            else:
                claude_on_aws = ProviderOptionsClaudeOnAws.from_dict(_claude_on_aws)

            return claude_on_aws

        def cloudflare_(raw__: Any) -> Any:
            _cloudflare = raw__
            cloudflare: ProviderOptionsCloudflare | Unset
            if isinstance(_cloudflare, Unset):
                cloudflare = UNSET
            else:
                cloudflare = ProviderOptionsCloudflare.from_dict(_cloudflare)

            return cloudflare

        def cohere_(raw__: Any) -> Any:
            _cohere = raw__
            cohere: ProviderOptionsCohere | Unset
            if isinstance(_cohere, Unset):
                cohere = UNSET
            else:
                cohere = ProviderOptionsCohere.from_dict(_cohere)

            return cohere

        def coreweave_(raw__: Any) -> Any:
            _coreweave = raw__
            coreweave: ProviderOptionsCoreweave | Unset
            if isinstance(_coreweave, Unset):
                coreweave = UNSET
            else:
                coreweave = ProviderOptionsCoreweave.from_dict(_coreweave)

            return coreweave

        def crofai_(raw__: Any) -> Any:
            _crofai = raw__
            crofai: ProviderOptionsCrofai | Unset
            if isinstance(_crofai, Unset):
                crofai = UNSET
            else:
                crofai = ProviderOptionsCrofai.from_dict(_crofai)

            return crofai

        def crucible_(raw__: Any) -> Any:
            _crucible = raw__
            crucible: ProviderOptionsCrucible | Unset
            if isinstance(_crucible, Unset):
                crucible = UNSET
            else:
                crucible = ProviderOptionsCrucible.from_dict(_crucible)

            return crucible

        def crusoe_(raw__: Any) -> Any:
            _crusoe = raw__
            crusoe: ProviderOptionsCrusoe | Unset
            if isinstance(_crusoe, Unset):
                crusoe = UNSET
            else:
                crusoe = ProviderOptionsCrusoe.from_dict(_crusoe)

            return crusoe

        def darkbloom_(raw__: Any) -> Any:
            _darkbloom = raw__
            darkbloom: ProviderOptionsDarkbloom | Unset
            if isinstance(_darkbloom, Unset):
                darkbloom = UNSET
            else:
                darkbloom = ProviderOptionsDarkbloom.from_dict(_darkbloom)

            return darkbloom

        def databricks_(raw__: Any) -> Any:
            _databricks = raw__
            databricks: ProviderOptionsDatabricks | Unset
            if isinstance(_databricks, Unset):
                databricks = UNSET
            else:
                databricks = ProviderOptionsDatabricks.from_dict(_databricks)

            return databricks

        def decart_(raw__: Any) -> Any:
            _decart = raw__
            decart: ProviderOptionsDecart | Unset
            if isinstance(_decart, Unset):
                decart = UNSET
            else:
                decart = ProviderOptionsDecart.from_dict(_decart)

            return decart

        def deepgram_(raw__: Any) -> Any:
            _deepgram = raw__
            deepgram: ProviderOptionsDeepgram | Unset
            if isinstance(_deepgram, Unset):
                deepgram = UNSET
            else:
                deepgram = ProviderOptionsDeepgram.from_dict(_deepgram)

            return deepgram

        def deepinfra_(raw__: Any) -> Any:
            _deepinfra = raw__
            deepinfra: ProviderOptionsDeepinfra | Unset
            if isinstance(_deepinfra, Unset):
                deepinfra = UNSET
            else:
                deepinfra = ProviderOptionsDeepinfra.from_dict(_deepinfra)

            return deepinfra

        def deepseek_(raw__: Any) -> Any:
            _deepseek = raw__
            deepseek: ProviderOptionsDeepseek | Unset
            if isinstance(_deepseek, Unset):
                deepseek = UNSET
            else:
                deepseek = ProviderOptionsDeepseek.from_dict(_deepseek)

            return deepseek

        def dekallm_(raw__: Any) -> Any:
            _dekallm = raw__
            dekallm: ProviderOptionsDekallm | Unset
            if isinstance(_dekallm, Unset):
                dekallm = UNSET
            else:
                dekallm = ProviderOptionsDekallm.from_dict(_dekallm)

            return dekallm

        def digitalocean_(raw__: Any) -> Any:
            _digitalocean = raw__
            digitalocean: ProviderOptionsDigitalocean | Unset
            if isinstance(_digitalocean, Unset):
                digitalocean = UNSET
            else:
                digitalocean = ProviderOptionsDigitalocean.from_dict(_digitalocean)

            return digitalocean

        def enfer_(raw__: Any) -> Any:
            _enfer = raw__
            enfer: ProviderOptionsEnfer | Unset
            if isinstance(_enfer, Unset):
                enfer = UNSET
            else:
                enfer = ProviderOptionsEnfer.from_dict(_enfer)

            return enfer

        def fake_provider_(raw__: Any) -> Any:
            _fake_provider = raw__
            fake_provider: ProviderOptionsFakeProvider | Unset
            if isinstance(_fake_provider, Unset):
                fake_provider = UNSET
            else:
                fake_provider = ProviderOptionsFakeProvider.from_dict(_fake_provider)

            return fake_provider

        def featherless_(raw__: Any) -> Any:
            _featherless = raw__
            featherless: ProviderOptionsFeatherless | Unset
            if isinstance(_featherless, Unset):
                featherless = UNSET
            else:
                featherless = ProviderOptionsFeatherless.from_dict(_featherless)

            return featherless

        def fireworks_(raw__: Any) -> Any:
            _fireworks = raw__
            fireworks: ProviderOptionsFireworks | Unset
            if isinstance(_fireworks, Unset):
                fireworks = UNSET
            else:
                fireworks = ProviderOptionsFireworks.from_dict(_fireworks)

            return fireworks

        def fish_audio_(raw__: Any) -> Any:
            _fish_audio = raw__
            fish_audio: ProviderOptionsFishAudio | Unset
            if isinstance(_fish_audio, Unset):
                fish_audio = UNSET
            else:
                fish_audio = ProviderOptionsFishAudio.from_dict(_fish_audio)

            return fish_audio

        def friendli_(raw__: Any) -> Any:
            _friendli = raw__
            friendli: ProviderOptionsFriendli | Unset
            if isinstance(_friendli, Unset):
                friendli = UNSET
            else:
                friendli = ProviderOptionsFriendli.from_dict(_friendli)

            return friendli

        def gmicloud_(raw__: Any) -> Any:
            _gmicloud = raw__
            gmicloud: ProviderOptionsGmicloud | Unset
            if isinstance(_gmicloud, Unset):
                gmicloud = UNSET
            else:
                gmicloud = ProviderOptionsGmicloud.from_dict(_gmicloud)

            return gmicloud

        def google_ai_studio_(raw__: Any) -> Any:
            _google_ai_studio = raw__
            google_ai_studio: ProviderOptionsGoogleAiStudio | Unset
            if isinstance(_google_ai_studio, Unset):
                google_ai_studio = UNSET
            else:
                google_ai_studio = ProviderOptionsGoogleAiStudio.from_dict(
                    _google_ai_studio
                )

            return google_ai_studio

        def google_vertex_(raw__: Any) -> Any:
            _google_vertex = raw__
            google_vertex: ProviderOptionsGoogleVertex | Unset
            if isinstance(_google_vertex, Unset):
                google_vertex = UNSET
            else:
                google_vertex = ProviderOptionsGoogleVertex.from_dict(_google_vertex)

            return google_vertex

        def gopomelo_(raw__: Any) -> Any:
            _gopomelo = raw__
            gopomelo: ProviderOptionsGopomelo | Unset
            if isinstance(_gopomelo, Unset):
                gopomelo = UNSET
            else:
                gopomelo = ProviderOptionsGopomelo.from_dict(_gopomelo)

            return gopomelo

        def groq_(raw__: Any) -> Any:
            _groq = raw__
            groq: ProviderOptionsGroq | Unset
            if isinstance(_groq, Unset):
                groq = UNSET
            else:
                groq = ProviderOptionsGroq.from_dict(_groq)

            return groq

        def heygen_(raw__: Any) -> Any:
            _heygen = raw__
            heygen: ProviderOptionsHeygen | Unset
            if isinstance(_heygen, Unset):
                heygen = UNSET
            else:
                heygen = ProviderOptionsHeygen.from_dict(_heygen)

            return heygen

        def huggingface_(raw__: Any) -> Any:
            _huggingface = raw__
            huggingface: ProviderOptionsHuggingface | Unset
            if isinstance(_huggingface, Unset):
                huggingface = UNSET
            else:
                huggingface = ProviderOptionsHuggingface.from_dict(_huggingface)

            return huggingface

        def hyperbolic_(raw__: Any) -> Any:
            _hyperbolic = raw__
            hyperbolic: ProviderOptionsHyperbolic | Unset
            if isinstance(_hyperbolic, Unset):
                hyperbolic = UNSET
            else:
                hyperbolic = ProviderOptionsHyperbolic.from_dict(_hyperbolic)

            return hyperbolic

        def hyperbolic_quantized_(raw__: Any) -> Any:
            _hyperbolic_quantized = raw__
            hyperbolic_quantized: ProviderOptionsHyperbolicQuantized | Unset
            if isinstance(_hyperbolic_quantized, Unset):
                hyperbolic_quantized = UNSET
            else:
                hyperbolic_quantized = ProviderOptionsHyperbolicQuantized.from_dict(
                    _hyperbolic_quantized
                )

            return hyperbolic_quantized

        def inception_(raw__: Any) -> Any:
            _inception = raw__
            inception: ProviderOptionsInception | Unset
            if isinstance(_inception, Unset):
                inception = UNSET
            else:
                inception = ProviderOptionsInception.from_dict(_inception)

            return inception

        def inceptron_(raw__: Any) -> Any:
            _inceptron = raw__
            inceptron: ProviderOptionsInceptron | Unset
            if isinstance(_inceptron, Unset):
                inceptron = UNSET
            else:
                inceptron = ProviderOptionsInceptron.from_dict(_inceptron)

            return inceptron

        def inferact_vllm_(raw__: Any) -> Any:
            _inferact_vllm = raw__
            inferact_vllm: ProviderOptionsInferactVllm | Unset
            if isinstance(_inferact_vllm, Unset):
                inferact_vllm = UNSET
            else:
                inferact_vllm = ProviderOptionsInferactVllm.from_dict(_inferact_vllm)

            return inferact_vllm

        def inference_net_(raw__: Any) -> Any:
            _inference_net = raw__
            inference_net: ProviderOptionsInferenceNet | Unset
            if isinstance(_inference_net, Unset):
                inference_net = UNSET
            else:
                inference_net = ProviderOptionsInferenceNet.from_dict(_inference_net)

            return inference_net

        def infermatic_(raw__: Any) -> Any:
            _infermatic = raw__
            infermatic: ProviderOptionsInfermatic | Unset
            if isinstance(_infermatic, Unset):
                infermatic = UNSET
            else:
                infermatic = ProviderOptionsInfermatic.from_dict(_infermatic)

            return infermatic

        def inflection_(raw__: Any) -> Any:
            _inflection = raw__
            inflection: ProviderOptionsInflection | Unset
            if isinstance(_inflection, Unset):
                inflection = UNSET
            else:
                inflection = ProviderOptionsInflection.from_dict(_inflection)

            return inflection

        def inocloud_(raw__: Any) -> Any:
            _inocloud = raw__
            inocloud: ProviderOptionsInocloud | Unset
            if isinstance(_inocloud, Unset):
                inocloud = UNSET
            else:
                inocloud = ProviderOptionsInocloud.from_dict(_inocloud)

            return inocloud

        def io_net_(raw__: Any) -> Any:
            _io_net = raw__
            io_net: ProviderOptionsIoNet | Unset
            if isinstance(_io_net, Unset):
                io_net = UNSET
            else:
                io_net = ProviderOptionsIoNet.from_dict(_io_net)

            return io_net

        def ionstream_(raw__: Any) -> Any:
            _ionstream = raw__
            ionstream: ProviderOptionsIonstream | Unset
            if isinstance(_ionstream, Unset):
                ionstream = UNSET
            else:
                ionstream = ProviderOptionsIonstream.from_dict(_ionstream)

            return ionstream

        def klusterai_(raw__: Any) -> Any:
            _klusterai = raw__
            klusterai: ProviderOptionsKlusterai | Unset
            if isinstance(_klusterai, Unset):
                klusterai = UNSET
            else:
                klusterai = ProviderOptionsKlusterai.from_dict(_klusterai)

            return klusterai

        def krea_(raw__: Any) -> Any:
            _krea = raw__
            krea: ProviderOptionsKrea | Unset
            if isinstance(_krea, Unset):
                krea = UNSET
            else:
                krea = ProviderOptionsKrea.from_dict(_krea)

            return krea

        def lambda__(raw__: Any) -> Any:
            _lambda_ = raw__
            lambda_: ProviderOptionsLambda | Unset
            if isinstance(_lambda_, Unset):
                lambda_ = UNSET
            else:
                lambda_ = ProviderOptionsLambda.from_dict(_lambda_)

            return lambda_

        def lepton_(raw__: Any) -> Any:
            _lepton = raw__
            lepton: ProviderOptionsLepton | Unset
            if isinstance(_lepton, Unset):
                lepton = UNSET
            else:
                lepton = ProviderOptionsLepton.from_dict(_lepton)

            return lepton

        def liquid_(raw__: Any) -> Any:
            _liquid = raw__
            liquid: ProviderOptionsLiquid | Unset
            if isinstance(_liquid, Unset):
                liquid = UNSET
            else:
                liquid = ProviderOptionsLiquid.from_dict(_liquid)

            return liquid

        def lynn_(raw__: Any) -> Any:
            _lynn = raw__
            lynn: ProviderOptionsLynn | Unset
            if isinstance(_lynn, Unset):
                lynn = UNSET
            else:
                lynn = ProviderOptionsLynn.from_dict(_lynn)

            return lynn

        def lynn_private_(raw__: Any) -> Any:
            _lynn_private = raw__
            lynn_private: ProviderOptionsLynnPrivate | Unset
            if isinstance(_lynn_private, Unset):
                lynn_private = UNSET
            else:
                lynn_private = ProviderOptionsLynnPrivate.from_dict(_lynn_private)

            return lynn_private

        def makora_(raw__: Any) -> Any:
            _makora = raw__
            makora: ProviderOptionsMakora | Unset
            if isinstance(_makora, Unset):
                makora = UNSET
            else:
                makora = ProviderOptionsMakora.from_dict(_makora)

            return makora

        def mancer_(raw__: Any) -> Any:
            _mancer = raw__
            mancer: ProviderOptionsMancer | Unset
            if isinstance(_mancer, Unset):
                mancer = UNSET
            else:
                mancer = ProviderOptionsMancer.from_dict(_mancer)

            return mancer

        def mancer_old_(raw__: Any) -> Any:
            _mancer_old = raw__
            mancer_old: ProviderOptionsMancerOld | Unset
            if isinstance(_mancer_old, Unset):
                mancer_old = UNSET
            else:
                mancer_old = ProviderOptionsMancerOld.from_dict(_mancer_old)

            return mancer_old

        def mara_(raw__: Any) -> Any:
            _mara = raw__
            mara: ProviderOptionsMara | Unset
            if isinstance(_mara, Unset):
                mara = UNSET
            else:
                mara = ProviderOptionsMara.from_dict(_mara)

            return mara

        def meta_(raw__: Any) -> Any:
            _meta = raw__
            meta: ProviderOptionsMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ProviderOptionsMeta.from_dict(_meta)

            return meta

        def minimax_(raw__: Any) -> Any:
            _minimax = raw__
            minimax: ProviderOptionsMinimax | Unset
            if isinstance(_minimax, Unset):
                minimax = UNSET
            else:
                minimax = ProviderOptionsMinimax.from_dict(_minimax)

            return minimax

        def mistral_(raw__: Any) -> Any:
            _mistral = raw__
            mistral: ProviderOptionsMistral | Unset
            if isinstance(_mistral, Unset):
                mistral = UNSET
            else:
                mistral = ProviderOptionsMistral.from_dict(_mistral)

            return mistral

        def modal_(raw__: Any) -> Any:
            _modal = raw__
            modal: ProviderOptionsModal | Unset
            if isinstance(_modal, Unset):
                modal = UNSET
            else:
                modal = ProviderOptionsModal.from_dict(_modal)

            return modal

        def modelrun_(raw__: Any) -> Any:
            _modelrun = raw__
            modelrun: ProviderOptionsModelrun | Unset
            if isinstance(_modelrun, Unset):
                modelrun = UNSET
            else:
                modelrun = ProviderOptionsModelrun.from_dict(_modelrun)

            return modelrun

        def modular_(raw__: Any) -> Any:
            _modular = raw__
            modular: ProviderOptionsModular | Unset
            if isinstance(_modular, Unset):
                modular = UNSET
            else:
                modular = ProviderOptionsModular.from_dict(_modular)

            return modular

        def moonshotai_(raw__: Any) -> Any:
            _moonshotai = raw__
            moonshotai: ProviderOptionsMoonshotai | Unset
            if isinstance(_moonshotai, Unset):
                moonshotai = UNSET
            else:
                moonshotai = ProviderOptionsMoonshotai.from_dict(_moonshotai)

            return moonshotai

        def morph_(raw__: Any) -> Any:
            _morph = raw__
            morph: ProviderOptionsMorph | Unset
            if isinstance(_morph, Unset):
                morph = UNSET
            else:
                morph = ProviderOptionsMorph.from_dict(_morph)

            return morph

        def ncompass_(raw__: Any) -> Any:
            _ncompass = raw__
            ncompass: ProviderOptionsNcompass | Unset
            if isinstance(_ncompass, Unset):
                ncompass = UNSET
            else:
                ncompass = ProviderOptionsNcompass.from_dict(_ncompass)

            return ncompass

        def nebius_(raw__: Any) -> Any:
            _nebius = raw__
            nebius: ProviderOptionsNebius | Unset
            if isinstance(_nebius, Unset):
                nebius = UNSET
            else:
                nebius = ProviderOptionsNebius.from_dict(_nebius)

            return nebius

        def nex_agi_(raw__: Any) -> Any:
            _nex_agi = raw__
            nex_agi: ProviderOptionsNexAgi | Unset
            if isinstance(_nex_agi, Unset):
                nex_agi = UNSET
            else:
                nex_agi = ProviderOptionsNexAgi.from_dict(_nex_agi)

            return nex_agi

        def nextbit_(raw__: Any) -> Any:
            _nextbit = raw__
            nextbit: ProviderOptionsNextbit | Unset
            if isinstance(_nextbit, Unset):
                nextbit = UNSET
            else:
                nextbit = ProviderOptionsNextbit.from_dict(_nextbit)

            return nextbit

        def nineteen_(raw__: Any) -> Any:
            _nineteen = raw__
            nineteen: ProviderOptionsNineteen | Unset
            if isinstance(_nineteen, Unset):
                nineteen = UNSET
            else:
                nineteen = ProviderOptionsNineteen.from_dict(_nineteen)

            return nineteen

        def novita_(raw__: Any) -> Any:
            _novita = raw__
            novita: ProviderOptionsNovita | Unset
            if isinstance(_novita, Unset):
                novita = UNSET
            else:
                novita = ProviderOptionsNovita.from_dict(_novita)

            return novita

        def nvidia_(raw__: Any) -> Any:
            _nvidia = raw__
            nvidia: ProviderOptionsNvidia | Unset
            if isinstance(_nvidia, Unset):
                nvidia = UNSET
            else:
                nvidia = ProviderOptionsNvidia.from_dict(_nvidia)

            return nvidia

        def octoai_(raw__: Any) -> Any:
            _octoai = raw__
            octoai: ProviderOptionsOctoai | Unset
            if isinstance(_octoai, Unset):
                octoai = UNSET
            else:
                octoai = ProviderOptionsOctoai.from_dict(_octoai)

            return octoai

        def open_inference_(raw__: Any) -> Any:
            _open_inference = raw__
            open_inference: ProviderOptionsOpenInference | Unset
            if isinstance(_open_inference, Unset):
                open_inference = UNSET
            else:
                open_inference = ProviderOptionsOpenInference.from_dict(_open_inference)

            return open_inference

        def openai_(raw__: Any) -> Any:
            _openai = raw__
            openai: ProviderOptionsOpenai | Unset
            if isinstance(_openai, Unset):
                openai = UNSET
            else:
                openai = ProviderOptionsOpenai.from_dict(_openai)

            return openai

        def parasail_(raw__: Any) -> Any:
            _parasail = raw__
            parasail: ProviderOptionsParasail | Unset
            if isinstance(_parasail, Unset):
                parasail = UNSET
            else:
                parasail = ProviderOptionsParasail.from_dict(_parasail)

            return parasail

        def perceptron_(raw__: Any) -> Any:
            _perceptron = raw__
            perceptron: ProviderOptionsPerceptron | Unset
            if isinstance(_perceptron, Unset):
                perceptron = UNSET
            else:
                perceptron = ProviderOptionsPerceptron.from_dict(_perceptron)

            return perceptron

        def perplexity_(raw__: Any) -> Any:
            _perplexity = raw__
            perplexity: ProviderOptionsPerplexity | Unset
            if isinstance(_perplexity, Unset):
                perplexity = UNSET
            else:
                perplexity = ProviderOptionsPerplexity.from_dict(_perplexity)

            return perplexity

        def phala_(raw__: Any) -> Any:
            _phala = raw__
            phala: ProviderOptionsPhala | Unset
            if isinstance(_phala, Unset):
                phala = UNSET
            else:
                phala = ProviderOptionsPhala.from_dict(_phala)

            return phala

        def poolside_(raw__: Any) -> Any:
            _poolside = raw__
            poolside: ProviderOptionsPoolside | Unset
            if isinstance(_poolside, Unset):
                poolside = UNSET
            else:
                poolside = ProviderOptionsPoolside.from_dict(_poolside)

            return poolside

        def quiver_(raw__: Any) -> Any:
            _quiver = raw__
            quiver: ProviderOptionsQuiver | Unset
            if isinstance(_quiver, Unset):
                quiver = UNSET
            else:
                quiver = ProviderOptionsQuiver.from_dict(_quiver)

            return quiver

        def recraft_(raw__: Any) -> Any:
            _recraft = raw__
            recraft: ProviderOptionsRecraft | Unset
            if isinstance(_recraft, Unset):
                recraft = UNSET
            else:
                recraft = ProviderOptionsRecraft.from_dict(_recraft)

            return recraft

        def recursal_(raw__: Any) -> Any:
            _recursal = raw__
            recursal: ProviderOptionsRecursal | Unset
            if isinstance(_recursal, Unset):
                recursal = UNSET
            else:
                recursal = ProviderOptionsRecursal.from_dict(_recursal)

            return recursal

        def reflection_(raw__: Any) -> Any:
            _reflection = raw__
            reflection: ProviderOptionsReflection | Unset
            if isinstance(_reflection, Unset):
                reflection = UNSET
            else:
                reflection = ProviderOptionsReflection.from_dict(_reflection)

            return reflection

        def reka_(raw__: Any) -> Any:
            _reka = raw__
            reka: ProviderOptionsReka | Unset
            if isinstance(_reka, Unset):
                reka = UNSET
            else:
                reka = ProviderOptionsReka.from_dict(_reka)

            return reka

        def relace_(raw__: Any) -> Any:
            _relace = raw__
            relace: ProviderOptionsRelace | Unset
            if isinstance(_relace, Unset):
                relace = UNSET
            else:
                relace = ProviderOptionsRelace.from_dict(_relace)

            return relace

        def replicate_(raw__: Any) -> Any:
            _replicate = raw__
            replicate: ProviderOptionsReplicate | Unset
            if isinstance(_replicate, Unset):
                replicate = UNSET
            else:
                replicate = ProviderOptionsReplicate.from_dict(_replicate)

            return replicate

        def runway_(raw__: Any) -> Any:
            _runway = raw__
            runway: ProviderOptionsRunway | Unset
            if isinstance(_runway, Unset):
                runway = UNSET
            else:
                runway = ProviderOptionsRunway.from_dict(_runway)

            return runway

        def sail_research_(raw__: Any) -> Any:
            _sail_research = raw__
            sail_research: ProviderOptionsSailResearch | Unset
            if isinstance(_sail_research, Unset):
                sail_research = UNSET
            else:
                sail_research = ProviderOptionsSailResearch.from_dict(_sail_research)

            return sail_research

        def sakana_(raw__: Any) -> Any:
            _sakana = raw__
            sakana: ProviderOptionsSakana | Unset
            if isinstance(_sakana, Unset):
                sakana = UNSET
            else:
                sakana = ProviderOptionsSakana.from_dict(_sakana)

            return sakana

        def sakana_ai_(raw__: Any) -> Any:
            _sakana_ai = raw__
            sakana_ai: ProviderOptionsSakanaAi | Unset
            if isinstance(_sakana_ai, Unset):
                sakana_ai = UNSET
            else:
                sakana_ai = ProviderOptionsSakanaAi.from_dict(_sakana_ai)

            return sakana_ai

        def sambanova_(raw__: Any) -> Any:
            _sambanova = raw__
            sambanova: ProviderOptionsSambanova | Unset
            if isinstance(_sambanova, Unset):
                sambanova = UNSET
            else:
                sambanova = ProviderOptionsSambanova.from_dict(_sambanova)

            return sambanova

        def sambanova_cloaked_(raw__: Any) -> Any:
            _sambanova_cloaked = raw__
            sambanova_cloaked: ProviderOptionsSambanovaCloaked | Unset
            if isinstance(_sambanova_cloaked, Unset):
                sambanova_cloaked = UNSET
            else:
                sambanova_cloaked = ProviderOptionsSambanovaCloaked.from_dict(
                    _sambanova_cloaked
                )

            return sambanova_cloaked

        def seed_(raw__: Any) -> Any:
            _seed = raw__
            seed: ProviderOptionsSeed | Unset
            if isinstance(_seed, Unset):
                seed = UNSET
            else:
                seed = ProviderOptionsSeed.from_dict(_seed)

            return seed

        def sf_compute_(raw__: Any) -> Any:
            _sf_compute = raw__
            sf_compute: ProviderOptionsSfCompute | Unset
            if isinstance(_sf_compute, Unset):
                sf_compute = UNSET
            else:
                sf_compute = ProviderOptionsSfCompute.from_dict(_sf_compute)

            return sf_compute

        def siliconflow_(raw__: Any) -> Any:
            _siliconflow = raw__
            siliconflow: ProviderOptionsSiliconflow | Unset
            if isinstance(_siliconflow, Unset):
                siliconflow = UNSET
            else:
                siliconflow = ProviderOptionsSiliconflow.from_dict(_siliconflow)

            return siliconflow

        def sourceful_(raw__: Any) -> Any:
            _sourceful = raw__
            sourceful: ProviderOptionsSourceful | Unset
            if isinstance(_sourceful, Unset):
                sourceful = UNSET
            else:
                sourceful = ProviderOptionsSourceful.from_dict(_sourceful)

            return sourceful

        def stealth_(raw__: Any) -> Any:
            _stealth = raw__
            stealth: ProviderOptionsStealth | Unset
            if isinstance(_stealth, Unset):
                stealth = UNSET
            else:
                stealth = ProviderOptionsStealth.from_dict(_stealth)

            return stealth

        def stepfun_(raw__: Any) -> Any:
            _stepfun = raw__
            stepfun: ProviderOptionsStepfun | Unset
            if isinstance(_stepfun, Unset):
                stepfun = UNSET
            else:
                stepfun = ProviderOptionsStepfun.from_dict(_stepfun)

            return stepfun

        def streamlake_(raw__: Any) -> Any:
            _streamlake = raw__
            streamlake: ProviderOptionsStreamlake | Unset
            if isinstance(_streamlake, Unset):
                streamlake = UNSET
            else:
                streamlake = ProviderOptionsStreamlake.from_dict(_streamlake)

            return streamlake

        def switchpoint_(raw__: Any) -> Any:
            _switchpoint = raw__
            switchpoint: ProviderOptionsSwitchpoint | Unset
            if isinstance(_switchpoint, Unset):
                switchpoint = UNSET
            else:
                switchpoint = ProviderOptionsSwitchpoint.from_dict(_switchpoint)

            return switchpoint

        def targon_(raw__: Any) -> Any:
            _targon = raw__
            targon: ProviderOptionsTargon | Unset
            if isinstance(_targon, Unset):
                targon = UNSET
            else:
                targon = ProviderOptionsTargon.from_dict(_targon)

            return targon

        def tencent_(raw__: Any) -> Any:
            _tencent = raw__
            tencent: ProviderOptionsTencent | Unset
            if isinstance(_tencent, Unset):
                tencent = UNSET
            else:
                tencent = ProviderOptionsTencent.from_dict(_tencent)

            return tencent

        def tenstorrent_(raw__: Any) -> Any:
            _tenstorrent = raw__
            tenstorrent: ProviderOptionsTenstorrent | Unset
            if isinstance(_tenstorrent, Unset):
                tenstorrent = UNSET
            else:
                tenstorrent = ProviderOptionsTenstorrent.from_dict(_tenstorrent)

            return tenstorrent

        def thinkingmachines_(raw__: Any) -> Any:
            _thinkingmachines = raw__
            thinkingmachines: ProviderOptionsThinkingmachines | Unset
            if isinstance(_thinkingmachines, Unset):
                thinkingmachines = UNSET
            else:
                thinkingmachines = ProviderOptionsThinkingmachines.from_dict(
                    _thinkingmachines
                )

            return thinkingmachines

        def together_(raw__: Any) -> Any:
            _together = raw__
            together: ProviderOptionsTogether | Unset
            if isinstance(_together, Unset):
                together = UNSET
            else:
                together = ProviderOptionsTogether.from_dict(_together)

            return together

        def together_lite_(raw__: Any) -> Any:
            _together_lite = raw__
            together_lite: ProviderOptionsTogetherLite | Unset
            if isinstance(_together_lite, Unset):
                together_lite = UNSET
            else:
                together_lite = ProviderOptionsTogetherLite.from_dict(_together_lite)

            return together_lite

        def ubicloud_(raw__: Any) -> Any:
            _ubicloud = raw__
            ubicloud: ProviderOptionsUbicloud | Unset
            if isinstance(_ubicloud, Unset):
                ubicloud = UNSET
            else:
                ubicloud = ProviderOptionsUbicloud.from_dict(_ubicloud)

            return ubicloud

        def upstage_(raw__: Any) -> Any:
            _upstage = raw__
            upstage: ProviderOptionsUpstage | Unset
            if isinstance(_upstage, Unset):
                upstage = UNSET
            else:
                upstage = ProviderOptionsUpstage.from_dict(_upstage)

            return upstage

        def venice_(raw__: Any) -> Any:
            _venice = raw__
            venice: ProviderOptionsVenice | Unset
            if isinstance(_venice, Unset):
                venice = UNSET
            else:
                venice = ProviderOptionsVenice.from_dict(_venice)

            return venice

        def voyageai_(raw__: Any) -> Any:
            _voyageai = raw__
            voyageai: ProviderOptionsVoyageai | Unset
            if isinstance(_voyageai, Unset):
                voyageai = UNSET
            else:
                voyageai = ProviderOptionsVoyageai.from_dict(_voyageai)

            return voyageai

        def wafer_(raw__: Any) -> Any:
            _wafer = raw__
            wafer: ProviderOptionsWafer | Unset
            if isinstance(_wafer, Unset):
                wafer = UNSET
            else:
                wafer = ProviderOptionsWafer.from_dict(_wafer)

            return wafer

        def wandb_(raw__: Any) -> Any:
            _wandb = raw__
            wandb: ProviderOptionsWandb | Unset
            if isinstance(_wandb, Unset):
                wandb = UNSET
            else:
                wandb = ProviderOptionsWandb.from_dict(_wandb)

            return wandb

        def wandb_legacy_(raw__: Any) -> Any:
            _wandb_legacy = raw__
            wandb_legacy: ProviderOptionsWandbLegacy | Unset
            if isinstance(_wandb_legacy, Unset):
                wandb_legacy = UNSET
            else:
                wandb_legacy = ProviderOptionsWandbLegacy.from_dict(_wandb_legacy)

            return wandb_legacy

        def xai_(raw__: Any) -> Any:
            _xai = raw__
            xai: ProviderOptionsXai | Unset
            if isinstance(_xai, Unset):
                xai = UNSET
            else:
                xai = ProviderOptionsXai.from_dict(_xai)

            return xai

        def xiaomi_(raw__: Any) -> Any:
            _xiaomi = raw__
            xiaomi: ProviderOptionsXiaomi | Unset
            if isinstance(_xiaomi, Unset):
                xiaomi = UNSET
            else:
                xiaomi = ProviderOptionsXiaomi.from_dict(_xiaomi)

            return xiaomi

        def z_ai_(raw__: Any) -> Any:
            _z_ai = raw__
            z_ai: ProviderOptionsZAi | Unset
            if isinstance(_z_ai, Unset):
                z_ai = UNSET
            else:
                z_ai = ProviderOptionsZAi.from_dict(_z_ai)

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
