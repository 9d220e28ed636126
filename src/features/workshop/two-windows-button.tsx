import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { openWallWindow } from '../../components/two-windows/open-wall';

/**
 * "Presenteren met eigen scherm": the wall opens in a second window (to drag to the projector)
 * and this tab becomes the facilitator's view. Where the browser blocks the window, this says so
 * and stays here, beside the single-screen presenter (docs/presenter.md, "Two windows").
 */
export function TwoWindowsButton({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('facilitator');
  const navigate = useNavigate();
  const [blocked, setBlocked] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-describedby="two-windows-hint"
        onClick={() => {
          const opened = openWallWindow(workshopId);
          setBlocked(!opened);
          if (opened) void navigate(`/workshops/${workshopId}/lead`);
        }}
      >
        {t('open')}
      </button>
      {blocked && (
        <p role="alert" className="notice two-windows-blocked">
          {t('blocked')}
        </p>
      )}
    </>
  );
}
