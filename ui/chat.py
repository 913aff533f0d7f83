"""The Gradio page officials use, mounted at /ui: the chat, the registry ("Văn bản") and the documents
("Tài liệu"). It calls the same pipeline object as the API; the key a person typed comes with each request
(see ``ui.keys``)."""

from __future__ import annotations

import html
from pathlib import Path

import gradio as gr

from ingest.loaders import SUPPORTED_SUFFIXES, LoadError
from rag.errors import DocumentIdTaken, DocumentNotFound
from service.auth import key_problem
from service.registry_search import display_title, search_directives
from service.state import Service
from ui.keys import key_message, presented_key
from ui.record import render_record
from ui.render import escape, history_turns, message_text, render_answer
from ui.tables import directives_table, documents_table

EXAMPLES = [
    "Kết luận 21-KL/TW được ban hành ngày nào?",
    "ket luan 14 do co quan nao ban hanh",
    "Giải pháp thứ năm của Nghệ An để thực hiện Kết luận 21 là gì?",
    "Ai chủ trì hội nghị quán triệt Kết luận 21 ở Quảng Ninh?",
    "Nghị quyết 57-NQ/TW về nội dung gì?",
]
_NOT_READY = "⏳ Hệ thống đang tải chỉ mục, vui lòng thử lại sau giây lát."
_SAVED_TURNS = 40  # messages kept in the browser between visits
_UPDATE_JS = "(key) => window.hoidapUseKey(key)"


def _key(request: gr.Request | None) -> str | None:
    if request is None:
        return None
    return presented_key(request.headers, request.cookies)


def _alert(markdown_text: str) -> str:
    """A refusal (written for Markdown) in an HTML output."""
    return f'<p role="alert">{html.escape(markdown_text.replace(chr(92), ""))}</p>'


def _choice(d) -> tuple[str, str]:
    date = d.best("dates")
    return (f"{display_title(d)} ({date})" if date else display_title(d)), d.key


def build_ui(service: Service) -> gr.Blocks:
    """The three tabs, reading ``service.pipeline`` at call time (it may still be loading)."""

    def blocked(request: gr.Request | None, write: bool, missing: str = "") -> str | None:
        """Why the action cannot run: the key, something not chosen (``missing``), or the index not loaded."""
        problem = key_problem(service.settings, _key(request), write=write)
        if problem:
            return f"❌ {escape(key_message(problem, write=write))}"
        if missing:
            return missing
        if service.pipeline is None:
            return _NOT_READY if service.loading else f"❌ Không tải được chỉ mục: {escape(service.error or '')}"
        return None

    # -- chat --------------------------------------------------------------------------------------
    def chat(message: str, history: list[dict] | None, request: gr.Request):
        history = list(history or [])
        if not (message or "").strip():
            yield "", history
            return
        turns = [*history, {"role": "user", "content": message}]
        problem = blocked(request, write=False)
        if problem:
            yield "", [*turns, {"role": "assistant", "content": problem}]
            return
        pipeline = service.pipeline
        partial = ""
        for event, value in pipeline.ask_stream(message[:2000], history=history_turns(history)):
            if event == "token":  # an LLM is writing: show it, marked as not yet checked
                partial += value
                yield "", [*turns, {"role": "assistant", "content": f"{escape(partial)} ▌\n\n*(đang kiểm chứng…)*"}]
            else:
                chunks = pipeline.registry().chunks
                dates = {c.doc_id: chunks[c.chunk_id].published for c in value.citations if c.chunk_id in chunks}
                yield "", [*turns, {"role": "assistant", "content": render_answer(value, dates)}]

    def chat_example(history: list[dict] | None, request: gr.Request, evt: gr.SelectData):
        yield from chat(message_text(evt.value), history, request)

    def keep(history: list[dict] | None) -> list[dict]:
        return list(history or [])[-_SAVED_TURNS:]

    # -- registry ----------------------------------------------------------------------------------
    def find_directives(query: str, request: gr.Request):
        """The registry table for ``query``, the picker's choices, and the best match's record."""
        problem = blocked(request, write=False)
        if problem:
            return _alert(problem), gr.update(choices=[], value=None), ""
        registry = service.pipeline.registry()
        records = search_directives(registry, query)
        query = (query or "").strip()
        best = records[0] if query and records else None
        return (directives_table(records, query), gr.update(choices=[_choice(d) for d in records],
                                                            value=best.key if best else None),
                render_record(best, registry) if best else "")

    def show_directive(key: str | None, request: gr.Request) -> str:
        if not key or blocked(request, write=False):
            return ""
        registry = service.pipeline.registry()
        d = registry.get(key)
        return render_record(d, registry) if d else "<p>Văn bản này không còn trong sổ (kho tài liệu đã đổi).</p>"

    # -- documents ---------------------------------------------------------------------------------
    def list_documents(request: gr.Request):
        problem = blocked(request, write=False)
        if problem:
            return _alert(problem), gr.update(choices=[], value=None)
        docs = service.pipeline.documents()
        return documents_table(docs), gr.update(choices=[(d.title, d.doc_id) for d in docs], value=None)

    def write_access(request: gr.Request):
        """Show the upload and delete forms to a request whose key may write; else say how to get there."""
        problem = key_problem(service.settings, _key(request), write=True)
        if problem is None:
            return gr.update(visible=True), "✅ Đã dùng khóa API: có thể tải lên và xóa tài liệu."
        if problem.error == "writes_disabled":
            return gr.update(visible=False), f"ℹ️ {escape(key_message(problem, write=True))}"
        return gr.update(visible=False), "ℹ️ Nhập khóa API để tải lên hoặc xóa tài liệu."

    def use_key(key: str, request: gr.Request):
        """Check the typed key (the page's script has stored it in the cookie) and open the forms."""
        key = (key or "").strip()
        if not key:
            return gr.update(visible=False), "ℹ️ Đã quên khóa API trên trình duyệt này."
        problem = key_problem(service.settings, key, write=True)
        if problem:
            return gr.update(visible=False), f"❌ {escape(key_message(problem, write=True))}"
        return gr.update(visible=True), "✅ Đã dùng khóa API: có thể tải lên và xóa tài liệu."

    def upload(path: str | None, title: str, source: str, published: str, request: gr.Request,
               progress=gr.Progress()):  # noqa: B008 — Gradio's way of asking for a progress bar
        problem = blocked(request, write=True, missing="" if path else "❌ Chưa chọn tệp.")
        if problem:
            yield problem
            return
        file = Path(path)
        if file.suffix.lower() not in SUPPORTED_SUFFIXES:
            yield f"❌ Không hỗ trợ loại tệp '{escape(file.suffix)}'; dùng {', '.join(SUPPORTED_SUFFIXES)}."
            return
        size = file.stat().st_size
        if size > service.settings.max_upload_bytes():
            yield f"❌ Tệp lớn hơn {service.settings.max_upload_mb:g} MiB (HOIDAP_MAX_UPLOAD_MB)."
            return
        name = escape(title.strip() or file.name)
        yield f"⏳ Đang đọc và lập chỉ mục «{name}» ({size / 1024:.0f} KB)…"
        progress(0, desc="Đang đọc tệp")

        def embedded(done: int, total: int) -> None:
            progress((done, total), desc="Đang lập chỉ mục", unit="đoạn")

        try:
            result = service.pipeline.upload(file.read_bytes(), file.name, title=title.strip(),
                                             source=source.strip(), published=published.strip(),
                                             on_progress=embedded)
        except LoadError as exc:
            yield f"❌ Không đọc được tệp: {escape(str(exc))}"
            return
        except DocumentIdTaken as exc:
            yield (f"❌ Tên tệp «{escape(file.name)}» trùng mã tài liệu với «{escape(exc.title)}» đã có trong kho"
                   + (f" (từ tệp «{escape(exc.file_name)}»)" if exc.file_name else "")
                   + ". Hãy đổi tên tệp, hoặc xóa tài liệu cũ trước nếu muốn thay thế.")
            return
        verb = {"created": "Đã thêm", "replaced": "Đã cập nhật", "unchanged": "Không đổi (đã có nội dung này)"}
        yield f"✅ {verb[result.status]} «{escape(result.title)}» — {result.chunks} đoạn."

    def ask_delete(doc_id: str | None, request: gr.Request):
        """The confirmation for deleting ``doc_id`` (nothing is deleted yet)."""
        problem = blocked(request, write=True, missing="" if doc_id else "❌ Chưa chọn tài liệu để xóa.")
        if problem:
            return gr.update(visible=False), problem
        docs = {d.doc_id: d for d in service.pipeline.documents()}
        d = docs.get(doc_id)
        if d is None:
            return gr.update(visible=False), "❌ Tài liệu này không còn trong kho."
        return (gr.update(visible=True),
                f"⚠️ Xóa «{escape(d.title)}» ({d.chunks} đoạn) khỏi kho? Thao tác này không hoàn tác được.")

    def delete(doc_id: str | None, request: gr.Request) -> str:
        problem = blocked(request, write=True, missing="" if doc_id else "❌ Chưa chọn tài liệu để xóa.")
        if problem:
            return problem
        title = next((d.title for d in service.pipeline.documents() if d.doc_id == doc_id), doc_id)
        try:
            removed = service.pipeline.delete(doc_id)
        except DocumentNotFound:
            return "❌ Tài liệu này không còn trong kho."
        return f"🗑️ Đã xóa «{escape(title)}» ({removed} đoạn)."

    with gr.Blocks(title="hoidap — Hỏi đáp văn bản", analytics_enabled=False) as blocks:
        saved = gr.BrowserState([], storage_key="hoidap-chat")
        gr.Markdown("## Hỏi đáp văn bản của Đảng và Nhà nước\n"
                    "Mọi câu trả lời được trích nguyên văn từ kho tài liệu, kèm nguồn. Có thể gõ không dấu "
                    "hoặc viết tắt (KL 21, QĐ 205). Khi kho tài liệu không có câu trả lời, hệ thống nói rõ.")
        with gr.Tabs():
            with gr.Tab("Hỏi đáp", id="chat"):
                chatbot = gr.Chatbot(label="Hội thoại", height="min(620px, 68vh)", elem_id="chatbot",
                                     buttons=["copy"], autoscroll=False, feedback_options=None,
                                     placeholder="Đặt câu hỏi về kết luận, nghị quyết, quy định… "
                                                 "hoặc chọn một câu hỏi mẫu bên dưới.",
                                     examples=[{"text": q} for q in EXAMPLES])
                with gr.Row(equal_height=True):
                    question = gr.Textbox(placeholder="Nhập câu hỏi, ví dụ: Kết luận 21 ban hành ngày nào?",
                                          label="Câu hỏi", show_label=False, elem_id="question", scale=8,
                                          max_length=2000)
                    send = gr.Button("Gửi", variant="primary", scale=1, min_width=80, elem_id="send")
                new_chat = gr.Button("Cuộc hội thoại mới", size="sm", elem_id="new-chat")
            with gr.Tab("Văn bản", id="directives") as directives_tab:
                gr.Markdown("Các văn bản được nhắc đến trong kho tài liệu, với ngày, cơ quan ban hành và nội dung "
                            "mà các nguồn ghi; ⚠ đánh dấu chỗ các nguồn ghi khác nhau.")
                with gr.Row(equal_height=True):
                    directive_query = gr.Textbox(label="Tìm văn bản", elem_id="directive-search", scale=8,
                                                 placeholder="Số hiệu hoặc tên: KL 21, 21-KL/TW, ket luan 21, "
                                                             "Bo Chinh tri…")
                    directive_search = gr.Button("Tìm", scale=1, min_width=80, elem_id="directive-search-btn")
                directive_table = gr.HTML(elem_id="directive-table")
                # Values are checked by the handlers: choices change per session, which Gradio's check does not follow.
                directive_choice = gr.Dropdown(label="Xem một văn bản", choices=[], elem_id="directive-choice",
                                               allow_custom_value=True)
                directive_detail = gr.HTML(elem_id="directive-detail")
            with gr.Tab("Tài liệu", id="documents") as documents_tab:
                doc_table = gr.HTML(elem_id="doc-table")
                with gr.Group():
                    with gr.Row(equal_height=True):
                        api_key = gr.Textbox(label="Khóa API (để tải lên hoặc xóa)", type="password",
                                             placeholder="một khóa trong HOIDAP_API_KEYS", elem_id="api-key",
                                             scale=6)
                        use_key_btn = gr.Button("Dùng khóa", scale=1, min_width=100, elem_id="use-key")
                    key_status = gr.Markdown(elem_id="key-status")
                with gr.Column(visible=False, elem_id="write-panel") as write_panel:
                    with gr.Row():
                        with gr.Column():
                            file = gr.File(label="Tệp (.txt .md .html .pdf .docx)", type="filepath",
                                           file_types=list(SUPPORTED_SUFFIXES), elem_id="upload-file")
                        with gr.Column():
                            up_title = gr.Textbox(label="Tiêu đề", elem_id="upload-title",
                                                  placeholder="để trống: lấy từ tệp")
                            up_source = gr.Textbox(label="Nguồn", elem_id="upload-source",
                                                   placeholder="ví dụ: Báo Nghệ An")
                            up_date = gr.Textbox(label="Ngày đăng", elem_id="upload-date",
                                                 placeholder="ví dụ: 25/10/2021")
                            upload_btn = gr.Button("Tải lên", variant="primary", elem_id="upload-btn")
                    with gr.Row(equal_height=True):
                        doc_choice = gr.Dropdown(label="Tài liệu cần xóa", choices=[], elem_id="delete-choice",
                                                 scale=6, allow_custom_value=True)
                        delete_btn = gr.Button("Xóa…", variant="stop", scale=1, min_width=80, elem_id="delete-btn")
                    with gr.Row(visible=False, elem_id="delete-confirm") as confirm_row:
                        confirm_btn = gr.Button("Xóa hẳn", variant="stop", elem_id="delete-yes")
                        cancel_btn = gr.Button("Hủy", elem_id="delete-no")
                status = gr.Markdown(elem_id="doc-status")

        # The chat: answer, keep it in the browser, and show the newest question at the chat's top.
        question.submit(chat, [question, chatbot], [question, chatbot], api_name="chat").then(
            keep, chatbot, saved, api_visibility="private")
        send.click(chat, [question, chatbot], [question, chatbot], api_visibility="private").then(
            keep, chatbot, saved, api_visibility="private")
        chatbot.example_select(chat_example, inputs=[chatbot], outputs=[question, chatbot],
                               api_visibility="private").then(keep, chatbot, saved, api_visibility="private")
        chatbot.change(None, js="() => window.hoidapShowNewest()", api_visibility="private")
        new_chat.click(lambda: ([], []), outputs=[chatbot, saved], api_visibility="private")

        # The registry: searched as typed; refreshed whenever its tab is opened.
        registry_out = [directive_table, directive_choice, directive_detail]
        directive_query.submit(find_directives, [directive_query], registry_out, api_name="directives")
        directive_search.click(find_directives, [directive_query], registry_out, api_visibility="private")
        directives_tab.select(find_directives, [directive_query], registry_out, api_visibility="private")
        directive_choice.input(show_directive, [directive_choice], [directive_detail], api_name="directive")

        # The documents: the forms open once a key that may write is in use.
        documents_tab.select(list_documents, outputs=[doc_table, doc_choice], api_name="documents")
        key_out = [write_panel, key_status]
        use_key_btn.click(use_key, [api_key], key_out, js=_UPDATE_JS, api_visibility="private")
        api_key.submit(use_key, [api_key], key_out, js=_UPDATE_JS, api_visibility="private")
        refreshed = [doc_table, doc_choice, *registry_out]

        def refresh(request: gr.Request):
            return (*list_documents(request), *find_directives("", request))

        upload_btn.click(upload, [file, up_title, up_source, up_date], [status], api_name="upload",
                         show_progress="full").then(refresh, outputs=refreshed, api_visibility="private")
        delete_btn.click(ask_delete, [doc_choice], [confirm_row, status], api_visibility="private")
        cancel_btn.click(lambda: (gr.update(visible=False), "Đã hủy, không xóa gì."), outputs=[confirm_row, status],
                         api_visibility="private")
        confirm_btn.click(delete, [doc_choice], [status], api_name="delete").then(
            lambda: gr.update(visible=False), outputs=[confirm_row], api_visibility="private").then(
            refresh, outputs=refreshed, api_visibility="private")

        def on_load(history: list[dict] | None, request: gr.Request):
            return (list(history or []), *list_documents(request), *find_directives("", request),
                    *write_access(request))

        blocks.load(on_load, [saved], [chatbot, *refreshed, *key_out], api_visibility="private")
    return blocks
