/**
 * Hand-curated names of AI, machine learning and data work as posted in 2026 (part j): LLM
 * frameworks, providers' APIs and agent SDKs, evaluation and guardrail tools, fine-tuning and
 * alignment methods, training and serving stacks, vector databases, feature stores, speech and NLP
 * toolkits, edge AI hardware, orchestration, semantic layers and data quality tools, AI regulation
 * and its standards and credentials. Short forms that are also other things ("RAG", "Cube",
 * "Temporal", "Elementary") are ambiguous forms. Data only.
 */
import type { TaxonomyEntry } from '../types';
import { c, s } from './helpers';

export const PROFESSIONS_J: readonly TaxonomyEntry[] = [
  // Methods
  s('RAG', 'ml', ['Retrieval-Augmented Generation', 'retrieval augmented generation', 'retrieval-augmented generation (RAG)']),
  s('LoRA', 'ml', ['QLoRA', 'Low-Rank Adaptation', 'LoRA/QLoRA']),
  s('PEFT', 'ml', ['parameter-efficient fine-tuning', 'Hugging Face PEFT']),
  s('DPO', 'ml', ['Direct Preference Optimization'], ['DPO']),
  s('RLHF', 'ml', ['reinforcement learning from human feedback']),
  s('FSDP', 'ml', ['Fully Sharded Data Parallel', 'PyTorch FSDP']),
  s('DeepSpeed', 'ml', ['Microsoft DeepSpeed', 'DeepSpeed ZeRO']),
  s('Megatron-LM', 'ml', ['Megatron', 'NVIDIA Megatron-LM']),
  s('SHAP', 'ml', ['SHapley Additive exPlanations', 'SHAP values']),
  // Providers' APIs, agent SDKs and protocols
  s('Anthropic API', 'ml', ['Claude API', 'Anthropic Claude API', 'Anthropic Messages API']),
  s('OpenAI Agents SDK', 'ml', ['Agents SDK (OpenAI)']),
  s('Claude Agent SDK', 'ml', ['Anthropic Agent SDK', 'Claude Code SDK']),
  s('Model Context Protocol', 'protocol', ['MCP servers', 'MCP server']),
  s('LangSmith', 'ml', []),
  s('Semantic Kernel', 'ml', ['Microsoft Semantic Kernel']),
  s('CrewAI', 'ml', ['Crew AI']),
  s('AutoGen', 'ml', ['Microsoft AutoGen']),
  s('JSON Schema', 'protocol', []),
  s('Temporal', 'devops', ['Temporal.io', 'Temporal workflows'], ['Temporal']),
  // Evaluation, observability and guardrails
  s('Ragas', 'ml', ['RAGAS']),
  s('DeepEval', 'ml', []),
  s('promptfoo', 'ml', []),
  s('Braintrust', 'ml', [], ['Braintrust']),
  s('Arize Phoenix', 'ml', ['Arize', 'Phoenix (Arize)']),
  s('Langfuse', 'ml', []),
  s('Evidently AI', 'ml', ['Evidently']),
  s('NeMo Guardrails', 'ml', ['NVIDIA NeMo Guardrails']),
  s('Guardrails AI', 'ml', []),
  s('Llama Guard', 'ml', ['LlamaGuard']),
  // Models
  s('wav2vec 2.0', 'ml', ['wav2vec', 'wav2vec2']),
  s('IndicBERT', 'ml', []),
  s('MuRIL', 'ml', []),
  s('IndicTrans2', 'ml', ['IndicTrans']),
  s('Qwen', 'ml', ['Qwen2', 'Qwen2.5']),
  // Training and serving
  s('TensorRT-LLM', 'ml', ['TensorRT LLM']),
  s('Amazon SageMaker HyperPod', 'cloud', ['SageMaker HyperPod', 'HyperPod']),
  // In its own case only: Keysight's "Nemo" drive-test tools are telecom's.
  s('NVIDIA NeMo', 'ml', ['NeMo'], ['NeMo']),
  s('NVIDIA Riva', 'ml', ['Riva']),
  s('NVIDIA Jetson', 'hardware', ['Jetson', 'Jetson Orin', 'Jetson Xavier']),
  s('NVIDIA GPU Operator', 'devops', ['GPU Operator']),
  s('Hailo-8', 'hardware', ['Hailo']),
  s('Qualcomm SNPE', 'ml', ['SNPE', 'Snapdragon Neural Processing Engine']),
  s('ONNX Runtime', 'ml', ['ONNXRuntime', 'ORT']),
  s('CVAT', 'ml', ['Computer Vision Annotation Tool']),
  s('Tecton', 'ml', []),
  // Speech and NLP toolkits
  s('Coqui TTS', 'ml', ['Coqui']),
  s('SentencePiece', 'ml', []),
  s('KenLM', 'ml', []),
  s('ESPnet', 'ml', []),
  s('Kaldi', 'ml', []),
  s('SpeechBrain', 'ml', []),
  s('Android NDK', 'framework', ['NDK']),
  // Data platforms, semantic layers and quality
  s('Cube', 'data', ['Cube.dev', 'Cube Cloud'], ['Cube']),
  s('dbt Semantic Layer', 'data', ['MetricFlow']),
  s('Snowflake Cortex', 'data', ['Cortex AI', 'Snowflake Cortex AI']),
  s('Elementary', 'data', ['Elementary Data', 'elementary-data'], ['Elementary']),
  s('Astronomer', 'data', ['Astro (Astronomer)'], ['Astronomer']),
  s('Confluent Cloud', 'data', []),
  c('dbt Analytics Engineering Certification', ['dbt Certified Developer', 'dbt Analytics Engineering certification exam']),
  // Finance data (Brazil)
  s('Serasa Experian', 'data', ['Serasa']),
  s('Boa Vista SCPC', 'data', ['Boa Vista', 'SCPC']),
  s('Open Finance', 'standard', ['Open Finance Brasil']),
  s('Resolução CMN 4.557', 'standard', ['CMN 4.557', 'Resolução 4.557']),
  // AI regulation, standards and credentials
  s('EU AI Act', 'standard', ['AI Act', 'Regulation (EU) 2024/1689', 'European AI Act']),
  s('ISO/IEC 23894', 'standard', ['ISO 23894']),
  s('PRA SS1/23', 'standard', ['SS1/23', 'PRA Supervisory Statement SS1/23']),
  s('MAS FEAT', 'standard', ['FEAT principles', 'MAS FEAT principles']),
  s('AI Verify', 'standard', ['AI Verify Foundation']),
  s('RGPD', 'standard', ['Règlement général sur la protection des données']),
  c('IAPP AIGP', ['AIGP', 'Artificial Intelligence Governance Professional']),
  c('ISO/IEC 42001 Lead Auditor', ['ISO 42001 Lead Auditor', '42001 Lead Auditor']),
  c('ISO/IEC 42001 Lead Implementer', ['ISO 42001 Lead Implementer', '42001 Lead Implementer']),
  s('ServiceNow IRM', 'security', ['ServiceNow Integrated Risk Management']),
];
