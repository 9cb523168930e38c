/* Optional compiled inner loops of newsparse.reader: tokenize's, normalize's translate,
 * sentence_bounds and positions.
 *
 * The Python loop in reader.py is the reference; this does exactly the same, token by token:
 * scan the text for the token regex's matches (the regex is written out below), make a
 * reader.Token (the Python class: its __slots__ are filled directly), take its clitic readings
 * from the word memo (a word of its cold generation is promoted here, as memo.miss does; the
 * memo's miss() is called for the others and at a turnover) and add
 * the token to the stem index. Tokens are the same objects either way; tests check that the
 * two loops give identical tokens and indexes. Built when a C compiler is there (setup.py marks
 * it optional); reader.py falls back to the Python loop otherwise.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#define NSLOTS 7
static const char *SLOT_NAMES[NSLOTS] = {"text", "start", "end", "index", "forms", "stems", "is_word"};
enum { S_TEXT, S_START, S_END, S_INDEX, S_FORMS, S_STEMS, S_IS_WORD };

/* byte offsets of the slots of ``type`` (member descriptors of object slots), or -1 */
static int
slot_offsets(PyTypeObject *type, Py_ssize_t *off)
{
    for (int i = 0; i < NSLOTS; i++) {
        PyObject *d = PyDict_GetItemString(type->tp_dict, SLOT_NAMES[i]); /* borrowed */
        if (d == NULL || !PyObject_TypeCheck(d, &PyMemberDescr_Type)) {
            PyErr_Format(PyExc_TypeError, "token type has no slot %s", SLOT_NAMES[i]);
            return -1;
        }
        PyMemberDef *m = ((PyMemberDescrObject *)d)->d_member;
        if (m->type != T_OBJECT_EX && m->type != T_OBJECT) {
            PyErr_Format(PyExc_TypeError, "slot %s is not an object slot", SLOT_NAMES[i]);
            return -1;
        }
        off[i] = m->offset;
    }
    return 0;
}

#define SET_SLOT(obj, i, value) (*(PyObject **)((char *)(obj) + off[(i)]) = (value))

/* The token regex of reader.py, \d+(?:[.,]\d+)*|[^\W\d_]+|\d+|\S, as the re module reads
 * it on str (its \d is Py_UNICODE_ISDECIMAL, \w is Py_UNICODE_ISALNUM or "_", \s is
 * Py_UNICODE_ISSPACE): the end of the token starting at i, or i when none starts there
 * (a space). */
static inline Py_ssize_t
token_end(int kind, const void *data, Py_ssize_t n, Py_ssize_t i)
{
    Py_UCS4 c = PyUnicode_READ(kind, data, i);
    if (Py_UNICODE_ISDECIMAL(c)) {
        Py_ssize_t j = i + 1;
        while (j < n && Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, j)))
            j++;
        /* (?:[.,]\d+)*: a separator belongs to the number only with a digit after it */
        while (j + 1 < n) {
            Py_UCS4 sep = PyUnicode_READ(kind, data, j);
            if ((sep != '.' && sep != ',') || !Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, j + 1)))
                break;
            j += 2;
            while (j < n && Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, j)))
                j++;
        }
        return j;
    }
    if (c != '_' && Py_UNICODE_ISALNUM(c)) { /* [^\W\d_]+ (c is no decimal digit here) */
        Py_ssize_t j = i + 1;
        while (j < n) {
            Py_UCS4 d = PyUnicode_READ(kind, data, j);
            if (d == '_' || !Py_UNICODE_ISALNUM(d) || Py_UNICODE_ISDECIMAL(d))
                break;
            j++;
        }
        return j;
    }
    if (Py_UNICODE_ISSPACE(c))
        return i;
    return i + 1; /* \S: any other character alone */
}

/* adds token ``k`` under each of its stems to ``index`` (stem -> list of indices) */
static int
index_add(PyObject *index, PyObject *stems, PyObject *k)
{
    if (!PyTuple_Check(stems)) {
        PyErr_SetString(PyExc_TypeError, "stems must be a tuple");
        return -1;
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(stems); i++) { /* a token's stems are distinct */
        PyObject *st = PyTuple_GET_ITEM(stems, i);
        PyObject *at = PyDict_GetItemWithError(index, st); /* borrowed */
        if (at != NULL) {
            if (PyList_Append(at, k) < 0)
                return -1;
            continue;
        }
        if (PyErr_Occurred())
            return -1;
        PyObject *l = PyList_New(1);
        if (l == NULL)
            return -1;
        Py_INCREF(k);
        PyList_SET_ITEM(l, 0, k);
        int r = PyDict_SetItem(index, st, l);
        Py_DECREF(l);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* the memo's current ``hot`` and ``cold`` dicts (new references, replacing the old ones);
 * ``cold`` is NULL when it is not a dict (then every word not in ``hot`` goes to miss) */
static int
memo_dicts(PyObject *memo, PyObject **hot, PyObject **cold)
{
    PyObject *h = PyObject_GetAttrString(memo, "hot");
    if (h == NULL)
        return -1;
    if (!PyDict_Check(h)) {
        Py_DECREF(h);
        PyErr_SetString(PyExc_TypeError, "memo.hot must be a dict");
        return -1;
    }
    PyObject *c = PyObject_GetAttrString(memo, "cold");
    if (c == NULL)
        PyErr_Clear();
    else if (!PyDict_Check(c))
        Py_CLEAR(c);
    Py_XSETREF(*hot, h);
    Py_XSETREF(*cold, c);
    return 0;
}

static PyObject *
tokens(PyObject *self, PyObject *args)
{
    PyObject *norm, *memo, *index;
    PyTypeObject *type;
    Py_ssize_t offset, k, s = 0, pos, off[NSLOTS];
    /* owned, released at the end of each token or on failure */
    PyObject *out = NULL, *hot = NULL, *cold = NULL, *t = NULL, *info = NULL, *ko = NULL, *tok = NULL;
    (void)self;
    if (!PyArg_ParseTuple(args, "UnnO!OO:tokens", &norm, &offset, &k,
                          &PyType_Type, &type, &memo, &index))
        return NULL;
    if (index != Py_None && !PyDict_Check(index)) {
        PyErr_SetString(PyExc_TypeError, "index must be a dict or None");
        return NULL;
    }
    if (slot_offsets(type, off) < 0)
        return NULL;
    Py_ssize_t len = PyUnicode_GET_LENGTH(norm);
    int kind = PyUnicode_KIND(norm);
    const void *data = PyUnicode_DATA(norm);
    Py_ssize_t size = 0;
    PyObject *so = PyObject_GetAttrString(memo, "size");
    if (so == NULL)
        return NULL;
    size = PyLong_AsSsize_t(so);
    Py_DECREF(so);
    if (size == -1 && PyErr_Occurred())
        return NULL;
    if ((out = PyList_New(0)) == NULL || memo_dicts(memo, &hot, &cold) < 0)
        goto fail;
    for (;; k++) {
        while (s < len && (pos = token_end(kind, data, len, s)) == s)
            s++; /* spaces */
        if (s >= len)
            break;
        if ((t = PyUnicode_Substring(norm, s, pos)) == NULL)
            goto fail;
        info = PyDict_GetItemWithError(hot, t); /* borrowed */
        if (info == NULL && !PyErr_Occurred() && cold != NULL && PyDict_GET_SIZE(hot) < size) {
            /* memo.miss's promotion of a word of the generation before, without the call
             * (the same dicts after: no turnover is due) */
            info = PyDict_GetItemWithError(cold, t);
            if (info != NULL && PyDict_SetItem(hot, t, info) < 0)
                goto fail;
        }
        if (info != NULL) {
            Py_INCREF(info);
        } else {
            /* miss turns the memo over (replacing both dicts) only when ``hot`` is full */
            int full = PyDict_GET_SIZE(hot) >= size;
            if (PyErr_Occurred() || (info = PyObject_CallMethod(memo, "miss", "O", t)) == NULL)
                goto fail;
            if (full && memo_dicts(memo, &hot, &cold) < 0)
                goto fail;
        }
        if (!PyTuple_Check(info) || PyTuple_GET_SIZE(info) != 3) {
            PyErr_SetString(PyExc_TypeError, "memo values must be (forms, stems, is_word)");
            goto fail;
        }
        PyObject *forms = PyTuple_GET_ITEM(info, 0), *stems = PyTuple_GET_ITEM(info, 1),
                 *is_word = PyTuple_GET_ITEM(info, 2);
        if ((ko = PyLong_FromSsize_t(k)) == NULL || (tok = type->tp_alloc(type, 0)) == NULL)
            goto fail;
        /* the slots, all NULL after tp_alloc: a token freed half filled is safe */
        if (SET_SLOT(tok, S_START, PyLong_FromSsize_t(s + offset)) == NULL
            || SET_SLOT(tok, S_END, PyLong_FromSsize_t(pos + offset)) == NULL)
            goto fail;
        /* the text is the substring just looked up, still in the cache (not the memo's copy of
         * the word: reaching that chased three more pointers to cold memory, ~half the loop's
         * time on a large memo) */
        Py_INCREF(t); SET_SLOT(tok, S_TEXT, t);
        Py_INCREF(ko); SET_SLOT(tok, S_INDEX, ko);
        Py_INCREF(forms); SET_SLOT(tok, S_FORMS, forms);
        Py_INCREF(stems); SET_SLOT(tok, S_STEMS, stems);
        Py_INCREF(is_word); SET_SLOT(tok, S_IS_WORD, is_word);
        if (PyList_Append(out, tok) < 0 || (index != Py_None && index_add(index, stems, ko) < 0))
            goto fail;
        Py_CLEAR(tok);
        Py_CLEAR(ko);
        Py_CLEAR(info);
        Py_CLEAR(t);
        s = pos;
    }
    Py_DECREF(hot);
    Py_XDECREF(cold);
    return out;
fail:
    Py_XDECREF(tok);
    Py_XDECREF(ko);
    Py_XDECREF(info);
    Py_XDECREF(t);
    Py_XDECREF(hot);
    Py_XDECREF(cold);
    Py_XDECREF(out);
    return NULL;
}

/* translate(text, bmp, table, specials=False) -> str, (str, list) or None:
 * text.translate(table) for a table whose values are all str, with ``bmp`` a list holding, at
 * each code point below its length, table's value for it or None; code points beyond the list,
 * or None there, are looked up in ``table`` itself. None when a character of ``text`` is in
 * neither (the caller adds it to the table and calls again): this is also the test for
 * characters not seen before. With ``specials``, also the positions in ``text`` of the
 * characters whose value is not one character long. */

/* the value of code point c (borrowed), NULL when it has none (an error set or not) */
static inline PyObject *
lookup(PyObject *bmp, Py_ssize_t nb, PyObject *table, Py_UCS4 c)
{
    PyObject *r = c < (Py_UCS4)nb ? PyList_GET_ITEM(bmp, c) : Py_None;
    if (r != Py_None)
        return r;
    PyObject *key = PyLong_FromUnsignedLong(c);
    if (key == NULL)
        return NULL;
    r = PyDict_GetItemWithError(table, key);
    Py_DECREF(key);
    return r;
}

static PyObject *
translate(PyObject *self, PyObject *args)
{
    PyObject *text, *bmp, *table, *at = NULL, *out = NULL, *res;
    int specials = 0;
    (void)self;
    if (!PyArg_ParseTuple(args, "UO!O!|p:translate", &text, &PyList_Type, &bmp, &PyDict_Type, &table,
                          &specials))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), nb = PyList_GET_SIZE(bmp), size = 0, q = 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_UCS4 maxchar = 0;
    if (specials && (at = PyList_New(0)) == NULL)
        return NULL;
    /* pass 1: every value checked, the output's length and widest character, the specials */
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *r = lookup(bmp, nb, table, PyUnicode_READ(kind, data, i));
        if (r == NULL) {
            if (PyErr_Occurred())
                goto fail;
            Py_XDECREF(at);
            Py_RETURN_NONE; /* a character not in the table yet */
        }
        if (!PyUnicode_Check(r)) {
            PyErr_SetString(PyExc_TypeError, "translation values must be str");
            goto fail;
        }
        Py_ssize_t m = PyUnicode_GET_LENGTH(r);
        if (specials && m != 1) {
            PyObject *p = PyLong_FromSsize_t(i);
            int bad = p == NULL || PyList_Append(at, p) < 0;
            Py_XDECREF(p);
            if (bad)
                goto fail;
        }
        size += m;
        if (m && PyUnicode_MAX_CHAR_VALUE(r) > maxchar)
            maxchar = PyUnicode_MAX_CHAR_VALUE(r);
    }
    /* pass 2: the copy (the same values: no Python code ran in between) */
    if ((out = PyUnicode_New(size, maxchar)) == NULL)
        goto fail;
    int okind = PyUnicode_KIND(out);
    void *odata = PyUnicode_DATA(out);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *r = lookup(bmp, nb, table, PyUnicode_READ(kind, data, i));
        if (r == NULL)
            goto fail;
        Py_ssize_t m = PyUnicode_GET_LENGTH(r);
        if (m == 1) {
            PyUnicode_WRITE(okind, odata, q++, PyUnicode_READ_CHAR(r, 0));
        } else if (m) {
            if (PyUnicode_CopyCharacters(out, q, r, 0, m) < 0)
                goto fail;
            q += m;
        }
    }
    if (!specials)
        return out;
    res = PyTuple_Pack(2, out, at);
    Py_DECREF(out);
    Py_DECREF(at);
    return res;
fail:
    Py_XDECREF(out);
    Py_XDECREF(at);
    return NULL;
}

/* sentence_bounds(norm) -> list of (start, end): reader.sentence_bounds. Sentences end after
 * the regex [.!?؟؛]+["')\]]*(?=\s|$) (terminators, closing quotes or brackets, then a space or
 * the end) and before \n+; spaces (Py_UNICODE_ISSPACE, the re module's \s) are trimmed from
 * both ends and empty sentences dropped. */
static inline int
is_terminator(Py_UCS4 c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x061B;
}

static inline int
is_closer(Py_UCS4 c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']';
}

static int
add_sentence(PyObject *out, int kind, const void *data, Py_ssize_t s, Py_ssize_t e)
{
    while (s < e && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, s)))
        s++;
    while (e > s && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, e - 1)))
        e--;
    if (e <= s)
        return 0;
    PyObject *t = Py_BuildValue("(nn)", s, e);
    if (t == NULL)
        return -1;
    int r = PyList_Append(out, t);
    Py_DECREF(t);
    return r;
}

static PyObject *
sentence_bounds(PyObject *self, PyObject *args)
{
    PyObject *norm;
    (void)self;
    if (!PyArg_ParseTuple(args, "U:sentence_bounds", &norm))
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(norm), pos = 0, i = 0;
    int kind = PyUnicode_KIND(norm);
    const void *data = PyUnicode_DATA(norm);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (is_terminator(c)) {
            /* the maximal runs of terminators and closers decide: a match starting later in
             * them would end at the same place, and a shorter one is followed by a
             * terminator or a closer, no space */
            Py_ssize_t j = i + 1;
            while (j < n && is_terminator(PyUnicode_READ(kind, data, j)))
                j++;
            while (j < n && is_closer(PyUnicode_READ(kind, data, j)))
                j++;
            if (j == n || Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, j))) {
                if (add_sentence(out, kind, data, pos, j) < 0)
                    goto fail;
                pos = j;
            }
            i = j;
        } else if (c == '\n') {
            Py_ssize_t j = i + 1;
            while (j < n && PyUnicode_READ(kind, data, j) == '\n')
                j++;
            if (add_sentence(out, kind, data, pos, i) < 0)
                goto fail;
            pos = i = j;
        } else {
            i++;
        }
    }
    if (add_sentence(out, kind, data, pos, n) < 0)
        goto fail;
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* positions(index, words) -> list: reader.positions — the ascending, distinct token
 * indices of ``index`` (stem -> list of indices) under the stems that are in ``words`` (any
 * container: a set, a frozenset, a dict's keys). Iterates the smaller of the two. */
/* one index list more for positions: appended to ``out``, counted, remembered */
static int
add_list(PyObject *out, PyObject *value, PyObject **single, Py_ssize_t *lists)
{
    if (!PyList_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "index values must be lists");
        return -1;
    }
    *single = value;
    (*lists)++;
    return PyList_SetSlice(out, PY_SSIZE_T_MAX, PY_SSIZE_T_MAX, value);
}

static PyObject *
positions(PyObject *self, PyObject *args)
{
    PyObject *index, *words, *out = NULL, *key, *value, *it = NULL;
    (void)self;
    if (!PyArg_ParseTuple(args, "O!O:positions", &PyDict_Type, &index, &words))
        return NULL;
    Py_ssize_t nw = PyObject_Size(words);
    if (nw < 0)
        return NULL;
    out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t lists = 0;
    PyObject *single = NULL; /* the only list found (borrowed), returned as it is (as the Python does) */
    if (nw < PyDict_GET_SIZE(index)) {
        it = PyObject_GetIter(words);
        if (it == NULL)
            goto fail;
        while ((key = PyIter_Next(it)) != NULL) {
            value = PyDict_GetItemWithError(index, key); /* borrowed */
            Py_DECREF(key);
            if (value == NULL) {
                if (PyErr_Occurred())
                    goto fail;
                continue;
            }
            if (add_list(out, value, &single, &lists) < 0)
                goto fail;
        }
        if (PyErr_Occurred())
            goto fail;
        Py_CLEAR(it);
    } else {
        Py_ssize_t pos = 0;
        while (PyDict_Next(index, &pos, &key, &value)) {
            int has = PySequence_Contains(words, key);
            if (has < 0)
                goto fail;
            if (!has)
                continue;
            if (add_list(out, value, &single, &lists) < 0)
                goto fail;
        }
    }
    if (lists == 1) {
        Py_DECREF(out);
        Py_INCREF(single);
        return single;
    }
    if (lists > 1) {
        if (PyList_Sort(out) < 0)
            goto fail;
        /* distinct: a token whose two stems are both in words is listed under each */
        Py_ssize_t n = PyList_GET_SIZE(out), w = 0;
        for (Py_ssize_t r = 0; r < n; r++) {
            PyObject *x = PyList_GET_ITEM(out, r);
            if (w > 0) {
                int eq = PyObject_RichCompareBool(PyList_GET_ITEM(out, w - 1), x, Py_EQ);
                if (eq < 0)
                    goto fail;
                if (eq)
                    continue;
            }
            if (w != r) {
                Py_INCREF(x);
                PyList_SetItem(out, w, x); /* steals; drops the old item */
            }
            w++;
        }
        if (PyList_SetSlice(out, w, n, NULL) < 0)
            goto fail;
    }
    return out;
fail:
    Py_XDECREF(it);
    Py_XDECREF(out);
    return NULL;
}

static PyMethodDef methods[] = {
    {"positions", positions, METH_VARARGS,
     "positions(index, words) -> list\n\nnewsparse.reader.positions."},
    {"sentence_bounds", sentence_bounds, METH_VARARGS,
     "sentence_bounds(norm) -> list of (start, end)\n\nnewsparse.reader.sentence_bounds."},
    {"translate", translate, METH_VARARGS,
     "translate(text, bmp, table, specials=False) -> str, (str, positions) or None\n\n"
     "text.translate(table), with a list of the table's values by code point; None when a\n"
     "character of text is not in the table."},
    {"tokens", tokens, METH_VARARGS,
     "tokens(norm, offset, first_index, Token, memo, index) -> list of Token\n\n"
     "The inner loop of newsparse.reader.tokenize (see there)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "newsparse._speedups",
    "Compiled inner loops of newsparse.reader (optional).", -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    return PyModule_Create(&module);
}
