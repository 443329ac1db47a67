"""GET /models: List all models and their properties"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.models_list_response import ModelsListResponse
from ...types import UNSET, ResponseLike, Unset

if TYPE_CHECKING:
    from ...models.get_models_category import GetModelsCategory
    from ...models.get_models_distillable import GetModelsDistillable
    from ...models.get_models_region import GetModelsRegion
    from ...models.get_models_sort import GetModelsSort
    from ...models.get_models_zdr import GetModelsZdr

METHOD = "GET"
PATH = "/models"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = (
    "application/json",
    "application/rss+xml",
)


def build_request(
    *,
    offset: int | None | Unset = 0,
    limit: int | Unset = 500,
    category: GetModelsCategory | Unset = UNSET,
    supported_parameters: str | Unset = UNSET,
    output_modalities: str | Unset = UNSET,
    sort: GetModelsSort | Unset = UNSET,
    use_rss: str | Unset = UNSET,
    use_rss_chat_links: str | Unset = UNSET,
    q: str | Unset = UNSET,
    input_modalities: str | Unset = UNSET,
    context: int | Unset = UNSET,
    min_price: float | None | Unset = UNSET,
    max_price: float | None | Unset = UNSET,
    arch: str | Unset = UNSET,
    model_authors: str | Unset = UNSET,
    providers: str | Unset = UNSET,
    distillable: GetModelsDistillable | Unset = UNSET,
    zdr: GetModelsZdr | Unset = UNSET,
    region: GetModelsRegion | Unset = UNSET,
    min_output_price: float | None | Unset = UNSET,
    max_output_price: float | None | Unset = UNSET,
    min_age_days: int | None | Unset = UNSET,
    max_age_days: int | None | Unset = UNSET,
    min_intelligence_index: float | None | Unset = UNSET,
    max_intelligence_index: float | None | Unset = UNSET,
    min_coding_index: float | None | Unset = UNSET,
    max_coding_index: float | None | Unset = UNSET,
    min_agentic_index: float | None | Unset = UNSET,
    max_agentic_index: float | None | Unset = UNSET,
    min_tool_success_rate: float | None | Unset = UNSET,
    max_tool_success_rate: float | None | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params["limit"] = limit

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    params["supported_parameters"] = supported_parameters

    params["output_modalities"] = output_modalities

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["use_rss"] = use_rss

    params["use_rss_chat_links"] = use_rss_chat_links

    params["q"] = q

    params["input_modalities"] = input_modalities

    params["context"] = context

    json_min_price: float | None | Unset
    if isinstance(min_price, Unset):
        json_min_price = UNSET
    else:
        json_min_price = min_price
    params["min_price"] = json_min_price

    json_max_price: float | None | Unset
    if isinstance(max_price, Unset):
        json_max_price = UNSET
    else:
        json_max_price = max_price
    params["max_price"] = json_max_price

    params["arch"] = arch

    params["model_authors"] = model_authors

    params["providers"] = providers

    json_distillable: str | Unset = UNSET
    if not isinstance(distillable, Unset):
        json_distillable = distillable.value

    params["distillable"] = json_distillable

    json_zdr: str | Unset = UNSET
    if not isinstance(zdr, Unset):
        json_zdr = zdr.value

    params["zdr"] = json_zdr

    json_region: str | Unset = UNSET
    if not isinstance(region, Unset):
        json_region = region.value

    params["region"] = json_region

    json_min_output_price: float | None | Unset
    if isinstance(min_output_price, Unset):
        json_min_output_price = UNSET
    else:
        json_min_output_price = min_output_price
    params["min_output_price"] = json_min_output_price

    json_max_output_price: float | None | Unset
    if isinstance(max_output_price, Unset):
        json_max_output_price = UNSET
    else:
        json_max_output_price = max_output_price
    params["max_output_price"] = json_max_output_price

    json_min_age_days: int | None | Unset
    if isinstance(min_age_days, Unset):
        json_min_age_days = UNSET
    else:
        json_min_age_days = min_age_days
    params["min_age_days"] = json_min_age_days

    json_max_age_days: int | None | Unset
    if isinstance(max_age_days, Unset):
        json_max_age_days = UNSET
    else:
        json_max_age_days = max_age_days
    params["max_age_days"] = json_max_age_days

    json_min_intelligence_index: float | None | Unset
    if isinstance(min_intelligence_index, Unset):
        json_min_intelligence_index = UNSET
    else:
        json_min_intelligence_index = min_intelligence_index
    params["min_intelligence_index"] = json_min_intelligence_index

    json_max_intelligence_index: float | None | Unset
    if isinstance(max_intelligence_index, Unset):
        json_max_intelligence_index = UNSET
    else:
        json_max_intelligence_index = max_intelligence_index
    params["max_intelligence_index"] = json_max_intelligence_index

    json_min_coding_index: float | None | Unset
    if isinstance(min_coding_index, Unset):
        json_min_coding_index = UNSET
    else:
        json_min_coding_index = min_coding_index
    params["min_coding_index"] = json_min_coding_index

    json_max_coding_index: float | None | Unset
    if isinstance(max_coding_index, Unset):
        json_max_coding_index = UNSET
    else:
        json_max_coding_index = max_coding_index
    params["max_coding_index"] = json_max_coding_index

    json_min_agentic_index: float | None | Unset
    if isinstance(min_agentic_index, Unset):
        json_min_agentic_index = UNSET
    else:
        json_min_agentic_index = min_agentic_index
    params["min_agentic_index"] = json_min_agentic_index

    json_max_agentic_index: float | None | Unset
    if isinstance(max_agentic_index, Unset):
        json_max_agentic_index = UNSET
    else:
        json_max_agentic_index = max_agentic_index
    params["max_agentic_index"] = json_max_agentic_index

    json_min_tool_success_rate: float | None | Unset
    if isinstance(min_tool_success_rate, Unset):
        json_min_tool_success_rate = UNSET
    else:
        json_min_tool_success_rate = min_tool_success_rate
    params["min_tool_success_rate"] = json_min_tool_success_rate

    json_max_tool_success_rate: float | None | Unset
    if isinstance(max_tool_success_rate, Unset):
        json_max_tool_success_rate = UNSET
    else:
        json_max_tool_success_rate = max_tool_success_rate
    params["max_tool_success_rate"] = json_max_tool_success_rate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> ModelsListResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ModelsListResponse.from_dict(response.json())

    return response_200
