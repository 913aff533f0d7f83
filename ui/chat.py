"""The Gradio chat officials use, mounted at /ui. It calls the same pipeline object as the API."""

from __future__ import annotations

from pathlib import Path

import gradio as gr

from ingest.loaders import SUPPORTED_SUFFIXES, LoadError
from rag.errors import DocumentNotFound
from service.auth import key_problem
from service.state import Service
from ui.render import escape, history_turns, message_text, render_answer, render_directive

EXAMPLES = [
    "Kết luận 21-KL/TW được ban hành ngày nào?",
    "ket luan 14 do co quan nao ban hanh",
    "Giải pháp thứ năm của Nghệ An để thực hiện Kết luận 21 là gì?",
    "Ai chủ trì hội nghị quán triệt Kết luận 21 ở Quảng Ninh?",
    "Nghị quyết 57-NQ/TW về nội dung gì?",
]
_NOT_READY = "⏳ Hệ thống đang tải chỉ mục, vui lòng hỏi lại sau giây lát."
_DIRECTIVE_COLUMNS = ["Loại", "Số hiệu", "Ngày", "Cơ quan ban hành", "Khóa", "Nội dung", "Số lần nhắc",
                      "Nguồn ghi khác nhau"]
_CONFLICT_NAMES = {"dates": "ngày", "issuers": "cơ quan ban hành", "terms": "khóa"}
_DOC_COLUMNS = ["Mã văn bản", "Tiêu đề", "Nguồn", "Ngày đăng", "Số đoạn", "Lập chỉ mục lúc"]


def _key_message(service: Service, key: str, write: bool) -> str | None:
    problem = key_problem(service.settings, (key or "").strip() or None, write=write)
    return f"❌ {problem.message}" if problem else None


def build_ui(service: Service) -> gr.Blocks:
    """The chat and documents tabs, reading ``service.pipeline`` at call time (it may still be loading)."""

    def blocked(api_key: str, write: bool, missing: str = "") -> str | None:
        """Why the action cannot run: the key, something not chosen (``missing``), or the index not loaded."""
        denied = _key_message(service, api_key, write=write)
        if denied or missing:
            return denied or missing
        if service.pipeline is None:
            return _NOT_READY if service.loading else f"❌ Không tải được chỉ mục: {service.error}"
        return None

    def chat(message: str, history: list[dict] | None, api_key: str):
        history = list(history or [])
        if not (message or "").strip():
            yield "", history
            return
        turns = [*history, {"role": "user", "content": message}]
        problem = blocked(api_key, write=False)
        if problem:
            yield "", [*turns, {"role": "assistant", "content": problem}]
            return
        partial = ""
        for event, value in service.pipeline.ask_stream(message[:2000], history=history_turns(history)):
            if event == "token":  # an LLM is writing: show it, marked as not yet checked
                partial += value
                yield "", [*turns, {"role": "assistant", "content": f"{escape(partial)} ▌\n\n*(đang kiểm chứng…)*"}]
            else:
                yield "", [*turns, {"role": "assistant", "content": render_answer(value)}]

    def chat_example(history: list[dict] | None, api_key: str, evt: gr.SelectData):
        yield from chat(message_text(evt.value), history, api_key)

    def list_documents(api_key: str = ""):
        if service.pipeline is None or _key_message(service, api_key, write=False):
            return [], gr.update(choices=[])
        docs = service.pipeline.documents()
        rows = [[d.doc_id, d.title, d.source, d.published, d.chunks, d.ingested_at] for d in docs]
        return rows, gr.update(choices=[d.doc_id for d in docs], value=None)

    def _upload(path: str | None, api_key: str) -> str:
        problem = blocked(api_key, write=True, missing="" if path else "❌ Chưa chọn tệp.")
        if problem:
            return problem
        file = Path(path)
        if file.suffix.lower() not in SUPPORTED_SUFFIXES:
            return f"❌ Không hỗ trợ loại tệp '{file.suffix}'; dùng {', '.join(SUPPORTED_SUFFIXES)}."
        if file.stat().st_size > service.settings.max_upload_bytes():
            return f"❌ Tệp lớn hơn {service.settings.max_upload_mb:g} MiB."
        try:
            result = service.pipeline.upload(file.read_bytes(), file.name)
        except LoadError as exc:
            return f"❌ Không đọc được tệp: {exc}"
        verb = {"created": "Đã thêm", "replaced": "Đã cập nhật", "unchanged": "Không đổi (đã có nội dung này)"}
        return f"✅ {verb[result.status]}: `{result.doc_id}` — {result.chunks} đoạn."

    def _delete(doc_id: str | None, api_key: str) -> str:
        problem = blocked(api_key, write=True, missing="" if doc_id else "❌ Chưa chọn văn bản để xóa.")
        if problem:
            return problem
        try:
            removed = service.pipeline.delete(doc_id)
        except DocumentNotFound as exc:
            return f"❌ {exc}"
        return f"🗑️ Đã xóa `{doc_id}` ({removed} đoạn)."

    def then_list(action):
        """A documents-tab action that answers with its message and the refreshed list."""
        return lambda value, api_key: (action(value, api_key), *list_documents(api_key))

    upload, delete = then_list(_upload), then_list(_delete)

    def list_directives():
        if service.pipeline is None:
            return [], gr.update(choices=[])
        records = service.pipeline.registry().all()
        rows = [[d.type_name, d.label, d.best("dates"), d.best("issuers"), d.best("terms"), d.best("subjects"),
                 len(d.mentions), ", ".join(_CONFLICT_NAMES[c] for c in sorted(d.conflicts))] for d in records]
        return rows, gr.update(choices=[(f"{d.type_name} {d.label}".strip(), d.key) for d in records], value=None)

    def show_directive(key: str | None) -> str:
        if not key or service.pipeline is None:
            return ""
        registry = service.pipeline.registry()
        d = registry.get(key)
        return render_directive(d, registry.chunks) if d else ""

    with gr.Blocks(title="hoidap — Hỏi đáp văn bản", analytics_enabled=False) as blocks:
        gr.Markdown("## Hỏi đáp văn bản của Đảng và Nhà nước\n"
                    "Mọi câu trả lời được trích nguyên văn từ kho tài liệu, kèm nguồn. Có thể gõ không dấu "
                    "hoặc viết tắt (KL 21, QĐ 205). Khi kho tài liệu không có câu trả lời, hệ thống nói rõ.")
        with gr.Accordion("Khóa API (chỉ cần khi tải lên hoặc xóa văn bản)", open=False):
            api_key = gr.Textbox(label="Khóa API", type="password", placeholder="HOIDAP_API_KEYS", elem_id="api-key")
        with gr.Tabs():
            with gr.Tab("Hỏi đáp", id="chat"):
                chatbot = gr.Chatbot(label="Hội thoại", height=560, elem_id="chatbot", buttons=["copy"],
                                     placeholder="Đặt câu hỏi về kết luận, nghị quyết, quy định… "
                                                 "hoặc chọn một câu hỏi mẫu bên dưới.",
                                     examples=[{"text": q} for q in EXAMPLES], feedback_options=None)
                with gr.Row():
                    question = gr.Textbox(placeholder="Nhập câu hỏi, ví dụ: Kết luận 21 ban hành ngày nào?",
                                          show_label=False, elem_id="question", scale=8, autofocus=True,
                                          max_length=2000)
                    send = gr.Button("Gửi", variant="primary", scale=1, elem_id="send")
                gr.ClearButton([chatbot, question], value="Cuộc hội thoại mới")
            with gr.Tab("Văn bản", id="directives"):
                gr.Markdown("Các văn bản được nhắc đến trong kho tài liệu, với ngày, cơ quan ban hành và nội dung "
                            "mà các nguồn ghi; ⚠ đánh dấu chỗ các nguồn ghi khác nhau.")
                directive_table = gr.Dataframe(headers=_DIRECTIVE_COLUMNS, interactive=False, wrap=True,
                                               label="Sổ văn bản")
                directive_refresh = gr.Button("Làm mới")
                directive_choice = gr.Dropdown(label="Xem một văn bản", choices=[], elem_id="directive-choice")
                directive_detail = gr.Markdown(elem_id="directive-detail")
            with gr.Tab("Tài liệu", id="documents"):
                table = gr.Dataframe(headers=_DOC_COLUMNS, label="Văn bản đã lập chỉ mục", interactive=False,
                                     wrap=True)
                refresh = gr.Button("Làm mới danh sách")
                with gr.Row():
                    with gr.Column():
                        file = gr.File(label="Tải lên văn bản", file_types=list(SUPPORTED_SUFFIXES), type="filepath")
                        upload_btn = gr.Button("Tải lên", variant="primary")
                    with gr.Column():
                        doc_choice = gr.Dropdown(label="Văn bản cần xóa", choices=[])
                        delete_btn = gr.Button("Xóa", variant="stop")
                status = gr.Markdown()
        question.submit(chat, inputs=[question, chatbot, api_key], outputs=[question, chatbot], api_name="chat")
        send.click(chat, inputs=[question, chatbot, api_key], outputs=[question, chatbot], api_visibility="private")
        chatbot.example_select(chat_example, inputs=[chatbot, api_key], outputs=[question, chatbot],
                               api_visibility="private")
        directive_refresh.click(list_directives, outputs=[directive_table, directive_choice], api_name="directives")
        directive_choice.change(show_directive, inputs=[directive_choice], outputs=[directive_detail],
                                api_name="directive")
        blocks.load(list_directives, outputs=[directive_table, directive_choice], api_visibility="private")
        refresh.click(list_documents, inputs=[api_key], outputs=[table, doc_choice], api_name="documents")
        upload_btn.click(upload, inputs=[file, api_key], outputs=[status, table, doc_choice], api_name="upload")
        delete_btn.click(delete, inputs=[doc_choice, api_key], outputs=[status, table, doc_choice], api_name="delete")
        blocks.load(list_documents, inputs=[api_key], outputs=[table, doc_choice], api_visibility="private")
    return blocks
