import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { demoWorkshop } from '../../model/workshop/demo';
import { useWorkshopStore } from '../../stores/workshop-store';

/**
 * "Try it with a demo team": opens the demo workshop (made-up results, labelled everywhere), made
 * once per device. It never takes real results and never merges with a real workshop.
 */
export function DemoWorkshopButton() {
  const { t } = useTranslation('presenter');
  const navigate = useNavigate();
  const create = useWorkshopStore((s) => s.create);
  const open = () => {
    const existing = useWorkshopStore.getState().workshops.find((w) => w.demo === true);
    const id = existing?.id ?? crypto.randomUUID();
    if (!existing) create(demoWorkshop({ id, name: t('demo.name'), createdAt: new Date().toISOString() }));
    void navigate(`/workshops/${id}`);
  };
  return (
    <section className="panel" aria-labelledby="demo-workshop">
      <h2 id="demo-workshop">{t('demo.try')}</h2>
      <p>{t('demo.tryHint')}</p>
      <button type="button" onClick={open}>
        {t('demo.try')}
      </button>
    </section>
  );
}
